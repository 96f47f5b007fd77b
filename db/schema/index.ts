// The drizzle schema entry point: every table module is re-exported here (the one barrel file we allow).
export {};
