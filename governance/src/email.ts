/** Maximum address length: RFC 5321 limits a path to 256 octets, and two of them are the angle brackets. */
export const MAX_EMAIL_LENGTH = 254;

/** Maximum length of one domain label, from RFC 1035. */
const MAX_LABEL_LENGTH = 63;

// One dot-separated atom of the local part: the RFC 5322 atext characters, with Unicode letters for
// the non-ASCII addresses of RFC 6531. Combining marks may follow a letter, so decomposed accents pass.
const LOCAL_ATOM = /^[\p{L}0-9!#$%&'*+/=?^_\x60{|}~-][\p{L}\p{M}0-9!#$%&'*+/=?^_\x60{|}~-]*$/u;

const DOMAIN_LABEL = /^[\p{L}0-9][\p{L}\p{M}0-9-]*$/u;

const TOP_LEVEL_DOMAIN = /^\p{L}\p{M}*(?:\p{L}\p{M}*)+$/u;

function isValidLabel(label: string): boolean {
  return label.length <= MAX_LABEL_LENGTH && DOMAIN_LABEL.test(label) && !label.endsWith('-');
}

/**
 * Checks an address of at most 254 characters with exactly one `@`. The local part is an RFC 5322
 * dot-atom: letters (Unicode letters included), digits and ``!#$%&'*+/=?^_`{|}~-``, with dots that
 * neither lead, trail nor double. The domain has two or more labels of letters, digits and hyphens,
 * no label starts or ends with a hyphen, and the top-level domain is two or more letters. Quoted
 * local parts and IP-literal domains, which RFC 5322 allows, are rejected because lead forms never
 * produce them, and their quotes and brackets are what markup injection needs.
 */
export function isValidEmail(value: string | null | undefined): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_EMAIL_LENGTH) {
    return false;
  }

  const parts = value.split('@');
  if (parts.length !== 2) {
    return false;
  }

  const [localPart, domain] = parts as [string, string];
  const labels = domain.split('.');
  // NOTE: the Punycode form of an internationalised top-level domain (`xn--p1ai`) is rejected
  // because it contains digits and hyphens. The Unicode form (`рф`) passes.
  const topLevelDomain = labels[labels.length - 1] ?? '';

  return (
    localPart.split('.').every((atom) => LOCAL_ATOM.test(atom)) &&
    labels.length >= 2 &&
    labels.every(isValidLabel) &&
    TOP_LEVEL_DOMAIN.test(topLevelDomain)
  );
}

/** Zero-width space, non-joiner and joiner, and the byte order mark: invisible, and often pasted along. */
const ZERO_WIDTH_CHARACTERS = /[\u200B-\u200D\uFEFF]/g;

/**
 * Normalizes an address for storage and duplicate checks, so that two addresses that look the same
 * on screen are stored the same and caught as duplicates. Unicode NFC makes a precomposed `é` equal
 * to `e` plus a combining accent. Zero-width characters are removed because they are invisible. NFKC
 * on the domain turns full-width letters into ASCII, as IDNA mapping does. Last, the address is
 * trimmed and lower-cased.
 *
 * NFKC is not applied to the local part, because only the receiving server interprets it and NFKC
 * would merge characters that a server may keep apart, such as the `ﬁ` ligature and `fi`. Dots and
 * `+tags` in the local part are kept because only some providers (Gmail among them) ignore them. At
 * many others `a.b@` and `ab@`, or `name+x@` and `name@`, are different mailboxes, so stripping them
 * would merge different people.
 */
export function normalizeEmail(value: string): string {
  const cleaned = value.normalize('NFC').replace(ZERO_WIDTH_CHARACTERS, '').trim();
  const at = cleaned.lastIndexOf('@');
  const address = at === -1 ? cleaned : cleaned.slice(0, at + 1) + cleaned.slice(at + 1).normalize('NFKC');

  return address.toLowerCase();
}
