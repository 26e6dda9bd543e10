import { notFound } from 'next/navigation';

// Unknown paths under a locale render the localised not-found page, in the right language.
export default function CatchAll() {
  notFound();
}
