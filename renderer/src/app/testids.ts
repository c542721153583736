/**
 * Stable hooks for end-to-end tests. Do not rename without updating test/e2e.
 *
 * Account list: account-list, account-row (data-account-id), account-open, account-rename,
 *   account-rename-input, account-delete, new-account, account-search, search-hit (data-account-id,
 *   data-person-id), toolbar-import, accounts-empty
 * Account screen: account-name (input), field-industry, field-region, field-tier, field-funnelClass,
 *   field-stage, field-shareOfWallet, field-visitCadenceDays, stage-suggestion, field-notes (shown by
 *   header-notes-toggle)
 * Toolbar: toolbar-back, toolbar-add-person, toolbar-add-team, toolbar-link-mode (aria-pressed),
 *   toolbar-undo, toolbar-redo, toolbar-fit, toolbar-zoom-in, toolbar-zoom-out, toolbar-legend,
 *   toolbar-language, toolbar-theme, toolbar-export, save-status (data-state)
 * Map area: map-area, map-empty-hint, link-mode-banner
 * Workshop: toolbar-workshop, workshop-bar, workshop-private-hidden, workshop-mode-<mode> (aria-pressed),
 *   workshop-previous, workshop-next, workshop-step-count, workshop-caption (data-kind), workshop-exit,
 *   panel-private-hidden
 * Side panel: side-panel (data-kind = account | person | team | link | competitor | multi),
 *   field-<fieldName> on every input/select (field-name, field-title, field-layer, field-attitude,
 *   field-influence, field-role-<role> checkboxes, field-strength, field-lastContact, field-function...),
 *   field-error-<fieldName> for validation messages, panel-delete, selection-count, delete-selection,
 *   panel-link (a link listed under a person; data-link-id),
 *   team-member (data-team-id), team-add-name, team-add-function, team-add-submit, team-remove,
 *   competitor (data-competitor-id), competitor-add-name, competitor-add-submit, competitor-remove
 * Findings (issue 3): tab-details, tab-findings, findings-panel, finding (data-code, data-key, data-severity),
 *   weighted-coverage (data-score), layer-indicator (data-layer, data-status), thread-contact,
 *   thread-owner, thread-bottlenecks (data-risk), findings-empty, toggle-overlays (aria-pressed),
 *   threshold-concentration, threshold-hidden, threshold-reset
 * What-if: toolbar-what-if (aria-pressed), what-if-banner, what-if-toggle-selected, what-if-gone,
 *   what-if-changes, what-if-added / what-if-removed (data-code, data-key)
 * Portfolio: open-portfolio, portfolio-back, portfolio-table, portfolio-row (data-account-id,
 *   data-risk), portfolio-open, portfolio-sort-<column> (aria-sort on its header), portfolio-filter,
 *   portfolio-filter-tier, portfolio-filter-risk, portfolio-empty, portfolio-no-match
 * Dialogs and toasts: link-chooser, link-kind-<kind>, link-reverse, confirm-dialog, confirm-ok,
 *   confirm-cancel, toast (data-tone), toast-undo, toast-details, toast-close
 */
export const TID = {
  accountList: 'account-list',
  accountRow: 'account-row',
  accountOpen: 'account-open',
  accountRename: 'account-rename',
  accountRenameInput: 'account-rename-input',
  accountDelete: 'account-delete',
  accountsEmpty: 'accounts-empty',
  newAccount: 'new-account',
  accountSearch: 'account-search',
  searchHit: 'search-hit',
  accountName: 'account-name',
  stageSuggestion: 'stage-suggestion',
  headerNotesToggle: 'header-notes-toggle',
  toolbarBack: 'toolbar-back',
  toolbarAddPerson: 'toolbar-add-person',
  toolbarAddTeam: 'toolbar-add-team',
  toolbarLinkMode: 'toolbar-link-mode',
  toolbarUndo: 'toolbar-undo',
  toolbarRedo: 'toolbar-redo',
  toolbarFit: 'toolbar-fit',
  toolbarZoomIn: 'toolbar-zoom-in',
  toolbarZoomOut: 'toolbar-zoom-out',
  toolbarLegend: 'toolbar-legend',
  toolbarCoversLines: 'toolbar-covers-lines',
  toolbarLanguage: 'toolbar-language',
  toolbarTheme: 'toolbar-theme',
  toolbarExport: 'toolbar-export',
  toolbarImport: 'toolbar-import',
  saveStatus: 'save-status',
  mapArea: 'map-area',
  mapEmptyHint: 'map-empty-hint',
  linkModeBanner: 'link-mode-banner',
  sidePanel: 'side-panel',
  panelDelete: 'panel-delete',
  panelLink: 'panel-link',
  selectionCount: 'selection-count',
  deleteSelection: 'delete-selection',
  teamMember: 'team-member',
  teamAddName: 'team-add-name',
  teamAddFunction: 'team-add-function',
  teamAddSubmit: 'team-add-submit',
  teamRemove: 'team-remove',
  competitor: 'competitor',
  competitorAddName: 'competitor-add-name',
  competitorAddSubmit: 'competitor-add-submit',
  competitorRemove: 'competitor-remove',
  linkChooser: 'link-chooser',
  linkReverse: 'link-reverse',
  confirmDialog: 'confirm-dialog',
  confirmOk: 'confirm-ok',
  confirmCancel: 'confirm-cancel',
  toast: 'toast',
  toastUndo: 'toast-undo',
  toastDetails: 'toast-details',
  toastClose: 'toast-close',
  tabDetails: 'tab-details',
  tabFindings: 'tab-findings',
  findingsPanel: 'findings-panel',
  finding: 'finding',
  weightedCoverage: 'weighted-coverage',
  layerIndicator: 'layer-indicator',
  threadContact: 'thread-contact',
  threadOwner: 'thread-owner',
  threadBottlenecks: 'thread-bottlenecks',
  findingsEmpty: 'findings-empty',
  toggleOverlays: 'toggle-overlays',
  thresholdConcentration: 'threshold-concentration',
  thresholdHidden: 'threshold-hidden',
  thresholdReset: 'threshold-reset',
  toolbarWhatIf: 'toolbar-what-if',
  whatIfBanner: 'what-if-banner',
  whatIfToggleSelected: 'what-if-toggle-selected',
  whatIfGone: 'what-if-gone',
  whatIfChanges: 'what-if-changes',
  whatIfAdded: 'what-if-added',
  whatIfRemoved: 'what-if-removed',
  openPortfolio: 'open-portfolio',
  portfolioBack: 'portfolio-back',
  portfolioTable: 'portfolio-table',
  portfolioRow: 'portfolio-row',
  portfolioOpen: 'portfolio-open',
  portfolioFilter: 'portfolio-filter',
  portfolioFilterTier: 'portfolio-filter-tier',
  portfolioFilterRisk: 'portfolio-filter-risk',
  portfolioEmpty: 'portfolio-empty',
  portfolioNoMatch: 'portfolio-no-match',
  // workshop
  toolbarWorkshop: 'toolbar-workshop',
  workshopBar: 'workshop-bar',
  workshopPrivateHidden: 'workshop-private-hidden',
  workshopPrevious: 'workshop-previous',
  workshopNext: 'workshop-next',
  workshopStepCount: 'workshop-step-count',
  workshopCaption: 'workshop-caption',
  workshopAddPerson: 'workshop-add-person',
  workshopLink: 'workshop-link',
  workshopWhatIf: 'workshop-what-if',
  workshopLegend: 'workshop-legend',
  workshopExit: 'workshop-exit',
  panelPrivateHidden: 'panel-private-hidden',
  // export dialog: export-dialog (data-format, data-phase = choosing | running | progress | failed),
  //   export-format / export-scale / export-background / export-map-style radios (the value attribute
  //   holds the choice), export-include-private, export-private-note (data-tone), export-submit,
  //   export-close, export-progress (data-stage, data-done, data-total), export-cancel, export-error,
  //   portfolio-export (the portfolio's Export deck button)
  exportDialog: 'export-dialog',
  exportFormat: 'export-format',
  exportScale: 'export-scale',
  exportBackground: 'export-background',
  exportMapStyle: 'export-map-style',
  exportIncludePrivate: 'export-include-private',
  exportPrivateNote: 'export-private-note',
  exportSubmit: 'export-submit',
  exportClose: 'export-close',
  exportProgress: 'export-progress',
  exportCancel: 'export-cancel',
  exportError: 'export-error',
  portfolioExport: 'portfolio-export',
} as const;

/** `field-<name>` for an editor input or select. */
export const fieldId = (name: string) => `field-${name}`;
/** `field-error-<name>` for the validation message under a field. */
export const fieldErrorId = (name: string) => `field-error-${name}`;
/** `field-role-<role>` checkbox. */
export const roleFieldId = (role: string) => `field-role-${role}`;
/** `portfolio-sort-<column>`: the sort button in a portfolio column header. */
export const portfolioSortId = (column: string) => `portfolio-sort-${column}`;
/** `workshop-mode-<mode>`: overview, layers, people or findings in the workshop bar. */
export const workshopModeId = (mode: string) => `workshop-mode-${mode}`;
/** `link-kind-<kind>` button in the link chooser. */
export const linkKindId = (kind: string) => `link-kind-${kind}`;
