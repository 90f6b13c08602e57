-- Until now every signed copy was SIGNED. A SIGNED document is the final one only when
-- it is the latest signed copy of an agreement that was countersigned, and every other
-- SIGNED copy carries the partner's signature alone.
UPDATE "AgreementDocument" d SET "kind" = 'PARTNER_SIGNED'
WHERE d."kind" = 'SIGNED' AND (
  NOT EXISTS (SELECT 1 FROM "Signature" s WHERE s."agreementId" = d."agreementId" AND s."kind" = 'COUNTERSIGN')
  OR d."id" <> (SELECT d2."id" FROM "AgreementDocument" d2 WHERE d2."agreementId" = d."agreementId" AND d2."kind" = 'SIGNED'
                ORDER BY d2."createdAt" DESC, d2."id" DESC LIMIT 1));
