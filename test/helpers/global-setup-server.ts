import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../db/client';
import { databaseUrlFor, isRunAlive, templateDatabaseName, testDatabasePattern } from './server-database';

/** Migrates a template database once; each test file gets `CREATE DATABASE … TEMPLATE` of it. */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  // Databases left by a killed run would otherwise pile up; those of a run still going are left alone.
  const existing = await admin<
    { datname: string }[]
  >`select datname from pg_database where datname like 'sidestream_t_%'`;
  for (const { datname } of existing) {
    const pid = Number(testDatabasePattern.exec(datname)?.[1]);
    if (datname === templateDatabaseName || (pid && !isRunAlive(pid))) {
      await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    }
  }
  await admin.unsafe(`create database "${templateDatabaseName}"`);
  const template = await openDatabase({ kind: 'server', url: databaseUrlFor(adminUrl, templateDatabaseName) });
  await template.migrate();
  await template.close();
  project.provide('serverTemplateDatabase', templateDatabaseName);
  return async () => {
    await admin.unsafe(`drop database if exists "${templateDatabaseName}" with (force)`);
    await admin.end();
  };
}
