export const templateDatabaseName = 'sidestream_test_template';
export const testDatabasePrefix = 'sidestream_test_file_';

export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
