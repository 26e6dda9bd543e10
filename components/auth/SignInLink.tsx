'use client';

import { useSearchParams } from 'next/navigation';
import { type MouseEvent, Suspense } from 'react';
import { Link, usePathname, useRouter } from '@/i18n/navigation';

/** `/sign-in?next=…` back to this page (query included); `/sign-in` from the sign-in page itself. */
function useSignInHref(): string {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  if (pathname === '/sign-in' || pathname === '/setup') return '/sign-in';
  return `/sign-in?next=${encodeURIComponent(query ? `${pathname}?${query}` : pathname)}`;
}

function ReturningLink({ label }: { label: string }) {
  const href = useSignInHref();
  const router = useRouter();
  // The fragment (the reading place) never reaches the server: it joins `next` at the click.
  const withHash = (event: MouseEvent<HTMLAnchorElement>) => {
    const { hash } = window.location;
    if (!hash || !href.includes('next=') || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.push(`${href}${encodeURIComponent(hash)}`);
  };
  return (
    <Link href={href} onClick={withHash}>
      {label}
    </Link>
  );
}

/** The header's sign-in link: signing in returns to the page it was followed from. */
export function SignInLink({ label }: { label: string }) {
  return (
    <Suspense fallback={<Link href="/sign-in">{label}</Link>}>
      <ReturningLink label={label} />
    </Suspense>
  );
}
