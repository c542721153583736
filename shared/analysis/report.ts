import type { AccountData } from '../model';
import { adviseFinding, explainFinding, findingTitle, describeMetric, type AnalysisLocale } from './messages';
import type { Analysis, Finding, Severity } from './types';
import { headlineMetrics, type MetricId } from './whatIf';

/**
 * An account's analysis as plain text: a summary of the headline metrics, then every finding with its
 * explanation and what to do about it, most severe first. The command line prints it; it is pure so tests and other outputs
 * (slides' findings page) read the same words.
 */

const HEADINGS: Record<AnalysisLocale, { title: string; summary: string; findings: string; none: string; day: string; advice: string }> = {
  en: { title: 'Power map analysis', summary: 'Summary', findings: 'Findings', none: 'No findings.', day: 'as of', advice: 'What to do: ' },
  'zh-CN': { title: '权力地图分析', summary: '概览', findings: '发现', none: '没有发现。', day: '截至', advice: '建议：' },
};

const SEVERITY_TAG: Record<AnalysisLocale, Record<Severity, string>> = {
  en: { critical: '[critical]', warning: '[warning] ', info: '[note]    ' },
  'zh-CN': { critical: '【严重】', warning: '【警告】', info: '【提示】' },
};

const SUMMARY_METRICS: readonly MetricId[] = [
  'weightedCoverage',
  'layerCoverageRatio',
  'layer.image',
  'layer.decision',
  'layer.implementation',
  'layer.user',
  'contactThread',
  'ownerThread',
  'bottlenecks',
  'redFlags',
  'hiddenInfluencers',
  'criteriaFit',
  'unreachableDecisionMakers',
];

function findingLines(finding: Finding, data: AccountData, locale: AnalysisLocale): string[] {
  return [
    `  ${SEVERITY_TAG[locale][finding.severity]} ${findingTitle(finding.code, locale)}`,
    `      ${explainFinding(finding, data, locale)}`,
    `      → ${HEADINGS[locale].advice}${adviseFinding(finding, data, locale)}`,
  ];
}

export function analysisReport(data: AccountData, analysis: Analysis, locale: AnalysisLocale): string {
  const h = HEADINGS[locale];
  const metrics = headlineMetrics(analysis);
  const counts = (['critical', 'warning', 'info'] as const).map((severity) =>
    describeMetric(severity, analysis.findings.filter((f) => f.severity === severity).length, locale),
  );
  const lines = [
    `${data.account.name} — ${h.title} (${h.day} ${analysis.options.today})`,
    '',
    `${h.summary}`,
    ...SUMMARY_METRICS.map((metric) => `  ${describeMetric(metric, metrics[metric] ?? '', locale)}`),
    '',
    `${h.findings} (${counts.join(' · ')})`,
    ...(analysis.findings.length === 0 ? [`  ${h.none}`] : analysis.findings.flatMap((f) => findingLines(f, data, locale))),
  ];
  return `${lines.join('\n')}\n`;
}
