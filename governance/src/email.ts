/** Maximum address length: RFC 5321 limits a path to 256 octets, and two of them are the angle brackets. */
export const MAX_EMAIL_LENGTH = 254;

/**
 * Checks an address pragmatically: exactly one `@`, a non-empty local part, a domain of dot-separated
 * non-empty labels with at least one dot, no whitespace, at most 254 characters. Quoted local parts and
 * IP-literal domains, which RFC 5322 allows, are rejected because lead forms never produce them.
 */
export function isValidEmail(value: string | null | undefined): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_EMAIL_LENGTH) {
    return false;
  }

  if (/\s/.test(value)) {
    return false;
  }

  const parts = value.split('@');
  if (parts.length !== 2) {
    return false;
  }

  const [localPart, domain] = parts as [string, string];
  const labels = domain.split('.');

  return localPart.length > 0 && labels.length >= 2 && labels.every((label) => label.length > 0);
}

/**
 * Trims and lower-cases an address for storage and duplicate checks. Dots and `+tags` in the local part
 * are kept because only some providers (Gmail among them) ignore them. At many others `a.b@` and `ab@`,
 * or `name+x@` and `name@`, are different mailboxes, so stripping them would merge different people.
 */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}
