/** The options of `power-map db ...`, apart from the file it is asked about (kept here so `analyze` loads no database code). */
export const DB_VALUED_OPTIONS = ['db', 'person', 'key-file', 'before', 'account'] as const;
