import type { Stage } from '../model';

/**
 * The relationship stage a share of wallet suggests (DOMAIN.md): under 50 % initial cooperation,
 * 50-80 % stable, 80-100 % strategic. A share of 0 means no business yet, which is development.
 * Boundaries belong to the higher stage (exactly 50 % is stable, exactly 80 % strategic).
 */
export function suggestStage(shareOfWallet: number | null): Stage | null {
  if (shareOfWallet === null || !Number.isFinite(shareOfWallet) || shareOfWallet < 0 || shareOfWallet > 100) return null;
  if (shareOfWallet === 0) return 'development';
  if (shareOfWallet < 50) return 'initial';
  if (shareOfWallet < 80) return 'stable';
  return 'strategic';
}
