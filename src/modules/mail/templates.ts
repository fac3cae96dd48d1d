/**
 * The mails Guildhall sends. Each has a plain-text and an HTML part; every link is built from
 * PUBLIC_URL (never from a request's headers, which a client controls).
 */
export type MailContent = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function publicLink(publicUrl: string, path: string, params: Record<string, string>): string {
  const url = new URL(path, `${publicUrl}/`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

function layout(paragraphs: string[], action: { label: string; url: string }, footer: string): string {
  return [
    "<!doctype html>",
    '<html><body style="font-family: sans-serif; line-height: 1.5; color: #1f2328;">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:8px 16px;background:#1f6feb;color:#fff;text-decoration:none;border-radius:6px;">${escapeHtml(action.label)}</a></p>`,
    `<p style="font-size: 12px; color: #59636e;">Or open this link: <a href="${escapeHtml(action.url)}">${escapeHtml(action.url)}</a><br>${escapeHtml(footer)}</p>`,
    "</body></html>",
  ].join("\n");
}

export function inviteMail(input: {
  organisationName: string;
  organisationHandle: string;
  inviterName: string | null;
  role: string;
  link: string;
  expiresAt: Date;
}): MailContent {
  const who = input.inviterName ? `${input.inviterName} has invited you` : "You have been invited";
  const intro = `${who} to join ${input.organisationName} (@${input.organisationHandle}) on Guildhall as ${input.role === "admin" ? "an admin" : "a member"}.`;
  const expiry = `This invitation expires on ${input.expiresAt.toUTCString()}. If you did not expect it, ignore this email.`;
  return {
    subject: `You're invited to join ${input.organisationName} on Guildhall`,
    text: `${intro}\n\nAccept the invitation:\n${input.link}\n\n${expiry}\n`,
    html: layout([intro], { label: "Accept invitation", url: input.link }, expiry),
  };
}

export function verificationMail(input: { link: string; expiresAt: Date }): MailContent {
  const intro = "Confirm that this is your email address for your Guildhall account.";
  const expiry = `This link expires on ${input.expiresAt.toUTCString()}. If you did not create an account, ignore this email.`;
  return {
    subject: "Verify your email address for Guildhall",
    text: `${intro}\n\nVerify your email address:\n${input.link}\n\n${expiry}\n`,
    html: layout([intro], { label: "Verify email address", url: input.link }, expiry),
  };
}
