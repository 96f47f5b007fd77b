// Names carry the pid of the Vitest run that made them, so two runs against one server never
// drop each other's databases, and a later run can clear what a killed run left behind.
const runPid = Number(process.env.SIDESTREAM_TEST_RUN_PID ?? process.pid);

export const testDatabasePattern = /^sidestream_t_(\d+)_/;
export const templateDatabaseName = `sidestream_t_${runPid}_template`;
export const testDatabasePrefix = `sidestream_t_${runPid}_file_`;

export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function isRunAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
