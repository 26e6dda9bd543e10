import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// `/` goes to the locale in the NEXT_LOCALE cookie (the visitor's last choice), else to the
// best match for Accept-Language; every visit to a prefixed URL updates that cookie.
export default createMiddleware(routing);

export const config = {
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
