/** What an error body turned out to be. */
export interface ParsedErrorBody {
  /** The body when it is a JSON object (a problem detail, hopefully). */
  readonly json: Readonly<Record<string, unknown>> | undefined;
  /** The raw text when it is not a JSON object, shortened. */
  readonly text: string | undefined;
  /** A sentence describing a body that is not problem JSON, for the error message. */
  readonly summary: string | undefined;
}

// Enough to recognise a proxy's page in a log line, short enough not to flood it.
const MAX_EXCERPT = 200;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_EXCERPT ? `${flat.slice(0, MAX_EXCERPT)}…` : flat;
}

function htmlSummary(text: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
  const heading = /<h1[^>]*>([^<]*)<\/h1>/i.exec(text)?.[1]?.trim();
  const label = title || heading;
  return `The response is an HTML page, not problem JSON (a proxy or gateway answered?)${label ? `: "${excerpt(label)}"` : ''}.`;
}

/** Reads an error body defensively: it may be problem JSON, HTML from a proxy, empty or cut off. */
export function parseErrorBody(text: string, contentType: string | null): ParsedErrorBody {
  const trimmed = text.trim();
  if (trimmed === '') return { json: undefined, text: undefined, summary: 'The response body is empty.' };
  const looksJson = /^[{[]/.test(trimmed) || /\bjson\b/i.test(contentType ?? '');
  if (looksJson) {
    try {
      const value: unknown = JSON.parse(trimmed);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return { json: value as Record<string, unknown>, text: undefined, summary: undefined };
      }
      return {
        json: undefined,
        text: excerpt(trimmed),
        summary: `The response body is JSON but not a problem object: ${excerpt(trimmed)}`,
      };
    } catch {
      return {
        json: undefined,
        text: excerpt(trimmed),
        summary: `The response body is not valid JSON (truncated?): ${excerpt(trimmed)}`,
      };
    }
  }
  if (/<!doctype html|<html[\s>]/i.test(trimmed) || /\btext\/html\b/i.test(contentType ?? '')) {
    return { json: undefined, text: excerpt(trimmed), summary: htmlSummary(trimmed) };
  }
  return { json: undefined, text: excerpt(trimmed), summary: `The response body is not JSON: ${excerpt(trimmed)}` };
}
