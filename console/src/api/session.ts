// The console's session: the server's settings and, when the server checks signatures, the key
// pair the user gave. The pair is kept for the tab (sessionStorage), or on this browser
// (localStorage) when the user asks to be remembered.
import type { Credentials } from './sigv4';

export interface ServerConfig {
  region: string;
  signatureRequired: boolean;
  services: string[];
}

const KEY = 'cairn.credentials';
let config: ServerConfig = { region: 'us-east-1', signatureRequired: false, services: ['states'] };
const loginListeners = new Set<(reason: string) => void>();

export async function loadConfig(): Promise<ServerConfig> {
  const response = await fetch('/console/api/config', { cache: 'no-store' });
  if (!response.ok) throw new Error(`The server's console settings could not be read (${response.status}).`);
  config = (await response.json()) as ServerConfig;
  return config;
}

export const serverConfig = (): ServerConfig => config;

export function credentials(): Credentials | null {
  const stored = sessionStorage.getItem(KEY) ?? localStorage.getItem(KEY);
  if (!stored) return null;
  try {
    const parsed = JSON.parse(stored) as Credentials;
    return typeof parsed.accessKeyId === 'string' && typeof parsed.secretAccessKey === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function saveCredentials(value: Credentials, remember: boolean): void {
  forgetCredentials();
  (remember ? localStorage : sessionStorage).setItem(KEY, JSON.stringify(value));
}

export function forgetCredentials(): void {
  sessionStorage.removeItem(KEY);
  localStorage.removeItem(KEY);
}

/** Asks for the key pair (the login view listens); `reason` says why. */
export function requireLogin(reason: string): void {
  for (const listener of loginListeners) listener(reason);
}

export function onLoginRequired(listener: (reason: string) => void): void {
  loginListeners.add(listener);
}
