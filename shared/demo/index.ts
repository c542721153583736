export { buildDemoAccount, type DemoLocale } from './build';
export { DEMO_ACCOUNT_ID, DEMO_KEY_PEOPLE, demoCompetitorId, demoLinkId, demoPersonId, demoTeamId } from './ids';
export { buildDemoPlan, demoActionId, demoContactId } from './plan';
