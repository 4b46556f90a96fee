// Sharing a survey beyond the widget: its QR code, the email snippet and
// personal links. The QR code is fetched like any API answer (the session
// cookie and Koe-Site header go with it), so an <img src> at the API would
// not do: the page turns the answer into a data: URL or a download.
import { type components, ok } from '@koe/client';
import type { ApiClient } from './client';

export type EmailSnippet = components['schemas']['EmailSnippet'];
export type PersonalLink = components['schemas']['PersonalLink'];
export type LinksInput = components['schemas']['LinksInput'];

const path = (id: string) => ({ id });

/** The QR code of the survey's anonymous link, as SVG markup. */
export async function getQrSvg(api: ApiClient, id: string, signal?: AbortSignal): Promise<string> {
  return ok(
    api.GET('/v1/surveys/{id}/qr', {
      params: { path: path(id), query: { format: 'svg' } },
      parseAs: 'text',
      signal,
    }),
  ) as Promise<string>;
}

/** The QR code as a PNG, `size` pixels wide. */
export function getQrPng(api: ApiClient, id: string, size = 1024): Promise<Blob> {
  return ok(
    api.GET('/v1/surveys/{id}/qr', {
      params: { path: path(id), query: { format: 'png', size } },
      parseAs: 'blob',
    }),
  ) as Promise<Blob>;
}

/** The first question for an email; with userId its links are that recipient's own. */
export function getEmailSnippet(
  api: ApiClient,
  id: string,
  query: { locale?: string; userId?: string },
  signal?: AbortSignal,
): Promise<EmailSnippet> {
  return ok(
    api.GET('/v1/surveys/{id}/email-snippet', {
      params: {
        path: path(id),
        query: {
          ...(query.locale && { locale: query.locale }),
          ...(query.userId && { userId: query.userId }),
        },
      },
      signal,
    }),
  );
}

/** One signed link per recipient, in their order. */
export async function createLinks(
  api: ApiClient,
  id: string,
  input: LinksInput,
): Promise<PersonalLink[]> {
  return (await ok(api.POST('/v1/surveys/{id}/links', { params: { path: path(id) }, body: input })))
    .data;
}
