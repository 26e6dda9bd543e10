// Types of next.config.mjs, for the test that holds its headers and limits to lib/http.
import type { NextConfig } from 'next';

declare const config: NextConfig;
export default config;
