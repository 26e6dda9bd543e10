import i18next from 'i18next';
import type { Lang } from '../languages';

export interface ResolvedText {
  text: string;
  /** The language the text is in: the one asked for, or the fallback. */
  lang: Lang;
  /** True when the asked-for language lacks the segment and the fallback's text is returned. */
  fallback: boolean;
}

export interface ContentResolver {
  /** The text of a segment in a language, following the fallback chain when it is missing. */
  resolve(segmentId: string, lang: Lang): ResolvedText | undefined;
  /** Whether a language has its own text for a segment (no fallback). */
  has(segmentId: string, lang: Lang): boolean;
}

/**
 * Resolves a document's texts through i18next, as any i18next app would load content/<doc>/:
 * one namespace per document, keyed by segment id.
 *
 * Fallback: a language that lacks a segment falls back to `fallbackLangs` in order (by default
 * the document's source language). Interpolation and nesting are off: the texts are content,
 * and a `{{` in an article must come out as written.
 */
export function createContentResolver(
  namespace: string,
  texts: Partial<Record<Lang, Record<string, string>>>,
  fallbackLangs: Lang[],
): ContentResolver {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    Object.entries(texts).map(([lang, byId]) => [lang, { [namespace]: byId ?? {} }]),
  );
  void instance.init({
    resources,
    ns: [namespace],
    defaultNS: namespace,
    fallbackLng: fallbackLangs,
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
  });

  return {
    has(segmentId, lang) {
      return instance.exists(segmentId, { lng: lang, fallbackLng: false });
    },
    resolve(segmentId, lang) {
      if (!instance.exists(segmentId, { lng: lang })) return undefined;
      const details = instance.t(segmentId, { lng: lang, returnDetails: true, skipInterpolation: true });
      const usedLng = details.usedLng as Lang;
      return { text: String(details.res), lang: usedLng, fallback: usedLng !== lang };
    },
  };
}
