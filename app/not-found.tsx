import Link from 'next/link';
import './globals.css';
import '@/components/ui.css';

// Only reached for paths the locale proxy does not handle; localised pages use
// app/[locale]/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main className="page">
          <h1>Page not found</h1>
          <p>
            <Link href="/">Triglot</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
