import "server-only";
import type { TSignature } from "@/lib/pdf/certificate";

type TSignatureRow = {
  kind: "ONLINE" | "PAPER" | "COUNTERSIGN";
  signerName: string;
  signerNameLatin: string | null;
  signerFunction: string | null;
  signerEmail: string | null;
  signedAt: Date;
  ip: string | null;
  userAgent: string | null;
};

/** A stored signature as the certificate page lists it. */
export function certificateSignature(s: TSignatureRow): TSignature {
  return {
    role: s.kind === "COUNTERSIGN" ? "coordination" : "partner",
    name: s.signerName,
    latinName: s.signerNameLatin,
    function: s.signerFunction ?? "",
    signedAt: s.signedAt,
    ip: s.ip ?? "",
    userAgent: s.userAgent ?? "",
    email: s.signerEmail ?? "",
  };
}

export const signatureSelect = {
  id: true, kind: true, signerName: true, signerFunction: true, signerEmail: true, signedAt: true, documentSha256: true,
} as const;
