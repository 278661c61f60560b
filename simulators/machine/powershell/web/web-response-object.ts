import { PSHashtable, PSObject } from '../../../powershell/index.js';
import type { HttpReply } from './http-reply.js';

/**
 * What Invoke-WebRequest writes (DOC: BasicHtmlWebResponseObject, 5.1): StatusCode (an Int32),
 * StatusDescription, Content (the text: HIMDS answers JSON), RawContent (the status line, the
 * header fields and the body), Headers (a dictionary whose keys ignore case), Images,
 * InputFields and Links (empty: JSON has no HTML), RawContentLength; ToString() is the content
 * (INFER). ASSUME: without -UseBasicParsing 5.1 makes an HtmlWebResponseObject through Internet
 * Explorer's engine; only its type name is emulated (no Forms, no ParsedHtml).
 */
export function webResponseObject(reply: HttpReply, basic: boolean): PSObject {
  const headers = new PSHashtable();
  for (const [name, value] of reply.headers) headers.set(name, value);
  const fields = reply.headers.map(([name, value]) => `${name}: ${value}\r\n`).join('');
  const raw = `HTTP/1.1 ${reply.status} ${reply.description}\r\n${fields}\r\n${reply.body}`;
  const type = basic ? 'BasicHtmlWebResponseObject' : 'HtmlWebResponseObject';
  return new PSObject(
    [
      `Microsoft.PowerShell.Commands.${type}`,
      'Microsoft.PowerShell.Commands.WebResponseObject',
      'System.Object',
    ],
    [
      ['StatusCode', reply.status],
      ['StatusDescription', reply.description],
      ['Content', reply.body],
      ['RawContent', raw],
      ['Headers', headers],
      ['Images', []],
      ['InputFields', []],
      ['Links', []],
      ['RawContentLength', Buffer.byteLength(reply.body)],
    ],
    { text: () => reply.body },
  );
}
