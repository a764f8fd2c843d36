"""What an examiner who does not run NetPatrol finds inside a case file, to check it with standard tools.

A prosecutor's IT examiner, a defence expert or a court-appointed expert checks a case file on any
computer with ``age``, ``tar``, ``sha256sum``, ``jq`` and ``openssl`` 3, and will not read our README.
Audit 25 found nothing in the file told them how, and the signing key was only in a form openssl does
not read (32 raw bytes in base64: a DER prefix had to be written by hand). So the manifest carries:

- ``README``: how to check the file, in Traditional Chinese and English both, whatever language the
  officer works in (the reader is not an officer, and the file may reach a court far from the unit).
  JSON's sorted keys put it first in ``manifest.json``, the first thing a reader opens;
- ``source.signing_key_pem``: the same signing key as a PEM SubjectPublicKeyInfo, the form openssl reads.

Both travel as manifest keys, not as new members of the archive: an earlier NetPatrol refuses a member
its signed manifest does not list (``handoff._Contents``), while the manifest's schema lets keys it
does not name through (``app.vault.manifest_check``). So the format stays ``netpatrol-case/1`` and
earlier versions still import these files. The commands below are the ones audit 25 ran (its report,
``notes/audit25-prosecutor.md``) and ``tests/unit/vault/test_examiner.py`` runs again.
"""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

CHECK_FILES = """jq -r '.artifacts[] | .sha256 + "  files/" + .id' manifest.json | sha256sum -c"""
EXTRACT_KEY = "jq -r .source.signing_key_pem manifest.json > signer.pem"
CHECK_SIGNATURE = "openssl pkeyutl -verify -pubin -inkey signer.pem -rawin -in manifest.json -sigfile manifest.sig"
FINGERPRINT = ("openssl pkey -pubin -in signer.pem -outform DER | tail -c 32 | sha256sum | cut -c1-32 "
               "| tr a-f A-F | sed 's/..../& /g'")
FILES_TO_CAPTURES = (
    "jq -r '(.captures | map({(.id): .}) | add // {}) as $c | (.audit | map(select(.action == \"artifact.add\") "
    "| {(.subject): .officer}) | add // {}) as $o | .artifacts[] | ($c[.capture_id // \"\"] // {}) as $k "
    "| [.id, .name, .sha256, $k.url, $k.metadata.started_at_taipei, $k.persona, $o[.id]] | @tsv' manifest.json")
AUDIT_ENTRY = ("python3 -c 'import json,hashlib; m=json.load(open(\"manifest.json\",encoding=\"utf-8\")); "
               "[print(e[\"seq\"], hashlib.sha256(json.dumps([e[\"seq\"],e[\"at\"],e[\"officer\"],e[\"workstation\"],"
               "e[\"action\"],m[\"case\"][\"id\"],e[\"subject\"],e[\"details\"],e[\"prev_hash\"]],sort_keys=True,"
               "ensure_ascii=False,separators=(\",\",\":\")).encode()).hexdigest()==e[\"entry_hash\"]) "
               "for e in m[\"audit\"] if not e.get(\"details_withheld\")]'")

README: tuple[str, ...] = (
    "網路巡邏工作站（NetPatrol）案件檔案之清單。不需 NetPatrol，以標準工具（sha256sum、jq、openssl 3、python3）即可核對。",
    "This is the manifest of a NetPatrol case file. It can be checked without NetPatrol, with standard tools "
    "(sha256sum, jq, openssl 3, python3).",
    "以下說明可用此指令顯示 / Print these lines with: jq -r '.README[]' manifest.json",
    "",
    "1. 每一證據檔案之 SHA-256（每行均應為 OK）/ Every evidence file against its SHA-256 (every line must say OK):",
    "   " + CHECK_FILES,
    "2. 本清單之 Ed25519 簽章（應顯示 Signature Verified Successfully）/ The Ed25519 signature over this manifest "
    "(must say Signature Verified Successfully):",
    "   " + EXTRACT_KEY,
    "   " + CHECK_SIGNATURE,
    "3. 簽章者是誰：以下指令算出之金鑰指紋應等於 .source.fingerprint，並應等於寄件單位以電話或書面告知之指紋"
    "（該單位以 netpatrol keys show 或「工具 → 案件檔案用工作站金鑰」查看）。不可僅以本檔案內容比對：竄改者可連同金鑰一併替換。",
    "   Who signed it: the fingerprint below must equal .source.fingerprint and the fingerprint the sending unit "
    "gives you by phone or on paper (it shows it with 'netpatrol keys show' or Tools > Workstation keys for case files). Never "
    "compare with this file alone: whoever alters it can replace the key too.",
    "   " + FINGERPRINT,
    "4. 每一檔案屬於哪一次擷取（證據編號、檔名、SHA-256、網址、擷取時間（臺北時間）、巡邏帳號身分、員警）/ Which capture "
    "each file comes from (evidence id, name, SHA-256, address, capture time in Taipei, persona, officer):",
    "   " + FILES_TO_CAPTURES,
    "   檔案依證據編號存於 files/，原檔名與類型見 .artifacts[].name 與 .mime。/ Files are stored under files/ by "
    "evidence id; the original name and type are in .artifacts[].name and .mime.",
    "5. 稽核紀錄：.audit 為寄件保管庫雜湊鏈稽核紀錄中本案之各筆。每筆 entry_hash 為下列 JSON 陣列之 SHA-256："
    "[seq, at, officer, workstation, action, 案件 id (.case.id), subject, details, prev_hash]（鍵排序、無空白、UTF-8、"
    "非 ASCII 字元不跳脫）；以下指令逐筆重算（應均為 True）。其他案件之紀錄夾在其間，故僅序號相連之各筆可核對前後相接；"
    "標示 details_withheld 者（揭露密封身分之理由）無法重算；整條稽核鏈僅能於寄件保管庫以 netpatrol verify 核對。",
    "   Audit entries: .audit holds this case's entries of the sending vault's hash-chained audit log. Each "
    "entry_hash is the SHA-256 of the JSON array [seq, at, officer, workstation, action, case id (.case.id), "
    "subject, details, prev_hash] (sorted keys, no spaces, UTF-8, non-ASCII not escaped); the command below "
    "recomputes each one (all must say True). Entries of other cases lie between them, so links can be followed "
    "only where seq numbers are consecutive; entries marked details_withheld (the reason for revealing a sealed "
    "identity) cannot be recomputed; the whole chain can be checked only in the sending vault (netpatrol verify).",
    "   " + AUDIT_ENTRY,
)


def signing_key_pem(signing_key: str) -> str:
    """The Ed25519 public key ``signing_key`` (32 raw bytes, base64, as ``source.signing_key``) as the PEM
    that ``openssl pkeyutl -pubin -inkey`` reads."""
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(signing_key))
    return public.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode("ascii")
