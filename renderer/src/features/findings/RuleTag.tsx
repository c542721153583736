import { useTranslation } from 'react-i18next';
import type { RuleId } from '../../../../shared/analysis';

/** DOMAIN's numbering of the rules ("What the app computes"); the bottleneck is part of rule 4. */
const RULE_NUMBER: Record<RuleId, number> = {
  layerCoverage: 1,
  roleCoverage: 2,
  weightedCoverage: 3,
  singleThread: 4,
  bottleneck: 4,
  redFlags: 5,
  hiddenInfluence: 6,
  criteriaFit: 8,
  pathToPower: 9,
  fading: 10,
  staleMap: 11,
};

/**
 * Says which of DOMAIN's rules produced a number or a finding; hovering tells how the rule works.
 * `short` shows only the rule's number, beside a heading that already names it.
 */
export function RuleTag({ rule, short = false }: { rule: RuleId; short?: boolean }) {
  const { t } = useTranslation();
  const name = t(`findings.rule.${rule}`);
  return (
    <span className="fp-rule" data-rule={rule} title={`${name}\n${t(`findings.ruleHow.${rule}`)}`}>
      {short ? t('findings.ruleNumber', { number: RULE_NUMBER[rule] }) : name}
    </span>
  );
}
