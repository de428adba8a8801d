import { resetEnvCache } from "@/lib/env";

/** Runs `work` with these variables set (undefined unsets one), then puts the environment back. */
export async function withEnv<T>(variables: Record<string, string | undefined>, work: () => Promise<T> | T): Promise<T> {
  const before = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetEnvCache();
  };
  apply(variables);
  try {
    return await work();
  } finally {
    apply(before);
  }
}
