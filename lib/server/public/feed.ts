import "server-only";
import crypto from "node:crypto";
import type { TPublicPartner } from "./directory";

export type TFeedPartner = {
  id: string;
  name: string;
  description: string[];
  website: string | null;
  logoUrl: string | null;
  fieldsOfWork: { id: string; label: string }[];
  contact: TPublicPartner["contact"];
};

/** The JSON body of GET /api/public/partners and its strong ETag (a hash of exactly these bytes). */
export function buildFeed(partners: TPublicPartner[], origin: string) {
  const body = JSON.stringify({
    count: partners.length,
    partners: partners.map(
      (p): TFeedPartner => ({
        id: p.id,
        name: p.name,
        description: p.description,
        website: p.website,
        logoUrl: p.logoPath ? `${origin}${p.logoPath}` : null,
        fieldsOfWork: p.fieldsOfWork.map(({ id, label }) => ({ id, label })),
        contact: p.contact,
      }),
    ),
  });
  const etag = `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  return { body, etag };
}

/** True when the client's If-None-Match names this ETag (a list, weak validators and * included). */
export function matchesEtag(ifNoneMatch: string | null, etag: string) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((v) => {
    const tag = v.trim();
    return tag === "*" || tag === etag || tag === `W/${etag}`;
  });
}
