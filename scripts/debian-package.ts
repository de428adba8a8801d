import { spawnSync } from "node:child_process";
import fs from "node:fs";

/** A program some tests run, from its Debian package when the machine lacks it (nothing is downloaded from elsewhere). */
export function ensureDebianPackage(binary: string, pkg: string): boolean {
  if (fs.existsSync(binary)) return true;
  console.log(`\n▸ ${binary} is missing: installing Debian's ${pkg} package`);
  const apt = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`;
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  return spawnSync("sh", ["-c", apt.replaceAll("apt-get", `${sudo}apt-get`)], { stdio: "inherit" }).status === 0 && fs.existsSync(binary);
}
