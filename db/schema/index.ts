// The drizzle schema entry point: every table module is re-exported here (the one barrel file we allow).

export * from './alerts';
export * from './audit';
export * from './auth';
export * from './brokering';
export * from './companies';
export * from './conversations';
export * from './impact';
export * from './jobs';
export * from './listings';
export * from './mail';
export * from './matches';
