// SPDX-License-Identifier: GPL-3.0-or-later
// The outside implementation DAO Desk's cryptography is compared against: ethers.js 6.
//
// Reads one JSON document of cases (argv[2], or stdin) that tst_interop_ethers made with DAO
// Desk, and prints what ethers computes for each: hashes, signatures, recovered addresses,
// parsed transactions, opened and written keystores, BIP-39 accounts. It decides nothing: the
// Qt test compares both sides, so a failure names the case and the two values.
//
// Votes are built here from the documented eth_signTypedData_v4 layout (docs/api.md), not from
// DAO Desk's own JSON, so that the documentation is what is being checked.
import { readFileSync } from 'node:fs';
import {
  HDNodeWallet, Mnemonic, Transaction, TypedDataEncoder, Wallet, decryptKeystoreJsonSync,
  encryptKeystoreJsonSync, hashMessage, toUtf8Bytes, verifyMessage, verifyTypedData,
} from 'ethers';

const input = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));

// The documented vote layout (docs/api.md, "Signed votes").
const voteDomain = { name: 'DAO Desk', version: '1' };
const voteTypes = {
  Vote: [
    { name: 'dao', type: 'uint256' },
    { name: 'proposal', type: 'uint256' },
    { name: 'choice', type: 'string' },
    { name: 'reason', type: 'string' },
    { name: 'timestamp', type: 'uint64' },
  ],
};

/** Runs @p f and returns its result, or { error } with ethers' message. */
function attempt(f) {
  try {
    return f();
  } catch (e) {
    return { error: String(e?.shortMessage ?? e?.message ?? e) };
  }
}

function withoutDomainType(types) {
  const copy = { ...types };
  delete copy.EIP712Domain;
  return copy;
}

const str = (v) => (v === null || v === undefined ? null : v.toString());

const out = {};

// Votes from their fields, signed by ethers with the signer's key.
out.votes = (input.votes ?? []).map((c) => attempt(() => {
  const message = {
    dao: c.dao, proposal: c.proposal, choice: c.choice, reason: c.reason ?? '',
    timestamp: c.timestamp,
  };
  const wallet = new Wallet(c.key);
  const signature = wallet.signingKey.sign(TypedDataEncoder.hash(voteDomain, voteTypes, message))
    .serialized;
  return {
    id: c.id,
    hash: TypedDataEncoder.hash(voteDomain, voteTypes, message),
    signature,
    address: wallet.address,
    // What ethers recovers from DAO Desk's signature over the same fields.
    recovered: c.signature ? verifyTypedData(voteDomain, voteTypes, message, c.signature) : null,
  };
}));

// Any typed data document DAO Desk hashed (every integer width, arrays, nested structs).
out.typedData = (input.typedData ?? []).map((c) => attempt(() => {
  const types = withoutDomainType(c.document.types);
  const { domain, message } = c.document;
  const result = { id: c.id, hash: TypedDataEncoder.hash(domain, types, message) };
  if (c.signature)
    result.recovered = verifyTypedData(domain, types, message, c.signature);
  if (c.key)
    result.signature = new Wallet(c.key).signingKey.sign(result.hash).serialized;
  return result;
}));

// EIP-191 personal messages (the wallet link challenge).
out.messages = (input.messages ?? []).map((c) => attempt(() => {
  const wallet = new Wallet(c.key);
  return {
    id: c.id,
    hash: hashMessage(toUtf8Bytes(c.message)),
    signature: wallet.signMessageSync(toUtf8Bytes(c.message)),
    recovered: c.signature ? verifyMessage(toUtf8Bytes(c.message), c.signature) : null,
  };
}));

// Raw transactions DAO Desk signed: parsed, their sender recovered, and signed again by ethers.
out.transactions = (input.transactions ?? []).map((c) => attempt(() => {
  const tx = Transaction.from(c.raw);
  const unsigned = Transaction.from(c.raw);
  unsigned.signature = null;
  return {
    id: c.id,
    from: tx.from,
    hash: tx.hash,
    type: tx.type,
    chainId: str(tx.chainId),
    nonce: tx.nonce,
    gasLimit: str(tx.gasLimit),
    to: tx.to,
    value: str(tx.value),
    data: tx.data,
    gasPrice: str(tx.gasPrice),
    maxFeePerGas: str(tx.maxFeePerGas),
    maxPriorityFeePerGas: str(tx.maxPriorityFeePerGas),
    signedByEthers: new Wallet(c.key).signingKey.sign(unsigned.unsignedHash).serialized,
    unsignedHash: unsigned.unsignedHash,
  };
}));

// Keystores DAO Desk wrote, opened by ethers.
out.keystores = (input.keystores ?? []).map((c) => attempt(() => {
  const account = decryptKeystoreJsonSync(JSON.stringify(c.json), c.password);
  return { id: c.id, address: account.address, privateKey: account.privateKey };
}));

// Keystores ethers writes, for DAO Desk to open.
out.ethersKeystores = (input.ethersKeystores ?? []).map((c) => attempt(() => {
  const wallet = new Wallet(c.key);
  const json = encryptKeystoreJsonSync(
    { address: wallet.address, privateKey: wallet.privateKey }, c.password,
    { scrypt: { N: c.scryptN ?? 1024 } });
  return { id: c.id, json: JSON.parse(json), address: wallet.address };
}));

// BIP-39 phrases from entropy, and the accounts BIP-32 derives from them.
out.mnemonics = (input.mnemonics ?? []).map((c) => attempt(() => {
  const mnemonic = Mnemonic.fromEntropy(c.entropy, c.passphrase ?? '');
  const node = HDNodeWallet.fromMnemonic(mnemonic, c.path);
  const fromPhrase = c.phrase
    ? HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(c.phrase, c.passphrase ?? ''), c.path).address
    : null;
  return {
    id: c.id, phrase: mnemonic.phrase, address: node.address, privateKey: node.privateKey,
    fromPhrase, seed: mnemonic.computeSeed(),
  };
}));

process.stdout.write(JSON.stringify(out));
