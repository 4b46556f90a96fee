// Email campaigns of a survey through the API: list them (any member), and
// for a role that may manage campaigns make one, start, pause or resume it,
// delete it, upload its recipients as CSV and page through them. The list
// endpoint answers for the whole site; the Share page wants one survey's.
import { type components, ok } from '@koe/client';
import type { ApiClient } from './client';

type Schemas = components['schemas'];
export type Campaign = Schemas['Campaign'];
export type CampaignInput = Schemas['CampaignInput'];
export type CampaignRecipient = Schemas['Recipient'];
export type RecipientStatus = CampaignRecipient['status'];
export type RecipientPage = Schemas['RecipientPage'];
export type UploadResult = Schemas['RecipientsUploadResult'];

const path = (id: string) => ({ id });

export async function listCampaigns(
  api: ApiClient,
  surveyId: string,
  signal?: AbortSignal,
): Promise<Campaign[]> {
  const { data } = await ok(api.GET('/v1/campaigns', { params: { query: { surveyId } }, signal }));
  return data;
}

/** Refused with email-not-configured when the server sends no email. */
export function createCampaign(api: ApiClient, input: CampaignInput): Promise<Campaign> {
  return ok(api.POST('/v1/campaigns', { body: input }));
}

/** Active starts a draft (or resumes a paused one); paused sends nothing until resumed. */
export function setCampaignStatus(
  api: ApiClient,
  id: string,
  status: 'active' | 'paused',
): Promise<Campaign> {
  return ok(api.PATCH('/v1/campaigns/{id}', { params: { path: path(id) }, body: { status } }));
}

export function deleteCampaign(api: ApiClient, id: string): Promise<void> {
  return ok(api.DELETE('/v1/campaigns/{id}', { params: { path: path(id) } })).then(() => undefined);
}

/** All or nothing: one malformed row refuses the upload, its issues naming rows.N (line N). */
export function uploadRecipients(api: ApiClient, id: string, csv: string): Promise<UploadResult> {
  return ok(
    api.POST('/v1/campaigns/{id}/recipients', { params: { path: path(id) }, body: { csv } }),
  );
}

export function listRecipients(
  api: ApiClient,
  id: string,
  query: { status?: RecipientStatus | undefined; after?: string | undefined },
  signal?: AbortSignal,
): Promise<RecipientPage> {
  return ok(
    api.GET('/v1/campaigns/{id}/recipients', {
      params: {
        path: path(id),
        query: {
          limit: 50,
          ...(query.status && { status: query.status }),
          ...(query.after && { after: query.after }),
        },
      },
      signal,
    }),
  );
}

export function deleteRecipient(api: ApiClient, id: string, recipientId: string): Promise<void> {
  return ok(
    api.DELETE('/v1/campaigns/{id}/recipients/{recipientId}', {
      params: { path: { id, recipientId } },
    }),
  ).then(() => undefined);
}
