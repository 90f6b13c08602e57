/** The PDF shown to the signer, in the browser's own viewer. */
export function PdfFrame({ documentId, title }: { documentId: string; title: string }) {
  return <iframe src={`/api/agreements/documents/${documentId}`} title={title} className="h-[70vh] w-full rounded border border-slate-200 bg-white" />;
}
