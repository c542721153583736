/** Extensions the contact import's open dialog offers (a .powermap goes to the account import instead). */
export const CONTACT_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx'] as const;
