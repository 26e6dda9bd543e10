/** Every route handler module of REST API v1, for the tests that call them directly. */
export async function v1Routes() {
  return {
    documents: await import('@/app/api/v1/documents/route'),
    segments: await import('@/app/api/v1/documents/[doc]/segments/route'),
    edit: await import('@/app/api/v1/documents/[doc]/segments/[segment]/[lang]/route'),
    check: await import('@/app/api/v1/documents/[doc]/segments/[segment]/[lang]/check/route'),
    reject: await import('@/app/api/v1/documents/[doc]/segments/[segment]/[lang]/reject/route'),
    reopen: await import('@/app/api/v1/documents/[doc]/segments/[segment]/[lang]/reopen/route'),
    exportRoute: await import('@/app/api/v1/documents/[doc]/export/route'),
    importRoute: await import('@/app/api/v1/documents/[doc]/import/route'),
    openapi: await import('@/app/api/v1/openapi.json/route'),
  };
}
