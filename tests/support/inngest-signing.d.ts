// Types for the Inngest SDK's request signing, imported by file path in tests (it is not in the package's exports).
declare module "*/inngest/helpers/net.js" {
  export function signDataWithKey(data: unknown, signingKey: string, ts: string, logger: unknown): Promise<string>;
}
