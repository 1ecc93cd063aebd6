// The npm registry this project installs from does not carry every platform build of a few native
// packages (@swc/core, unrs-resolver). `npm install` then leaves them out of package-lock.json and
// `npm ci` refuses the lock as out of sync. This script records each missing optional platform
// package in the lock with its os/cpu, so `npm ci` sees it and skips it on this platform.
// Run it after every `npm install` that changes the lock (npm run lock).
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;
const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32'];

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `${path ? path + '/' : ''}node_modules/${name}`.replace(/^\//, '');
    const hoisted = `node_modules/${name}`;
    if (packages[key] || packages[hoisted]) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.find((p) => OS.includes(p));
    const cpu = parts.find((p) => CPU.includes(p));
    if (!os && !cpu) continue;
    const libc = parts.includes('musl') || parts.includes('musleabihf') ? ['musl'] : parts.includes('gnu') || parts.includes('gnueabihf') ? ['glibc'] : undefined;
    // ARM hard-float builds: cpu "arm"
    const entry = { version: version.replace(/^[\^~]/, ''), dev: meta.dev || undefined, optional: true };
    if (os) entry.os = [os];
    if (cpu || parts.includes('gnueabihf') || parts.includes('musleabihf') || parts.includes('eabi')) entry.cpu = [cpu ?? 'arm'];
    if (libc) entry.libc = libc;
    packages[hoisted] = entry;
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-stub-optional: recorded ${added} platform package(s) missing from the lock`);
