/**
 * The shared map's HTTP client (packages/demo/src/shared/api.ts) against real servers: the family
 * portal (embedded PGlite, demo accounts), and a static file host with no portal, as on GitHub Pages.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortal, openDatabase, seedDemo, type Database } from '@kinmap/portal';
import { NoPortalError, PortalClient, PortalError } from '@kinmap/demo/shared';

let database: Database;
let portal: Awaited<ReturnType<typeof createPortal>>;
let portalBase: string;
let staticHost: Server;
let staticBase: string;

beforeAll(async () => {
  database = await openDatabase({});
  portal = await createPortal({ database });
  await seedDemo(database);
  await portal.listen({ port: 0, host: '127.0.0.1' });
  portalBase = `http://127.0.0.1:${(portal.server.address() as AddressInfo).port}/`;
  // A static host: every address answers the app's HTML page (a single-page fallback).
  staticHost = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>Kinmap</title><div id="root"></div>');
  });
  await new Promise<void>((resolve) => staticHost.listen(0, '127.0.0.1', resolve));
  staticBase = `http://127.0.0.1:${(staticHost.address() as AddressInfo).port}/kinmap/`;
}, 120_000);

afterAll(async () => {
  await portal?.close();
  await database?.close();
  await new Promise((resolve) => staticHost?.close(resolve));
});

describe('the shared map client', () => {
  it('on a static host with no portal, says the portal server is needed instead of failing oddly', async () => {
    const client = new PortalClient(staticBase);
    await expect(client.currentUser()).rejects.toBeInstanceOf(NoPortalError);
    await expect(client.signIn('dsl@school.example', 'kinmap-demo')).rejects.toThrow(
      'The shared map needs the Kinmap portal server',
    );
  });

  it('with no server answering at all, says the same', async () => {
    const client = new PortalClient('http://127.0.0.1:9/');
    await expect(client.currentUser()).rejects.toBeInstanceOf(NoPortalError);
  });

  it('before sign-in, nobody is signed in (no error)', async () => {
    expect(await new PortalClient(portalBase).currentUser()).toBeUndefined();
  });

  it("passes on the portal's own words when it refuses, with the status", async () => {
    const client = new PortalClient(portalBase);
    const refused = await client.signIn('dr.shah@gp.example', 'wrong').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PortalError);
    expect((refused as PortalError).status).toBe(401);
    expect((refused as PortalError).message).toBe('That email address and password were not recognised');
  });

  it('signs a demo account in and returns who it is', async () => {
    const user = await new PortalClient(portalBase).signIn('dsl@school.example', 'kinmap-demo');
    expect(user).toMatchObject({ displayName: 'Mr Tom Evans', agencyName: 'Hillside Primary School' });
  });
});
