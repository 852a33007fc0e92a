// SPDX-License-Identifier: GPL-3.0-or-later
// The outside implementation DAO Desk's vote counting is compared against: snapshot.js.
//
// Reads one JSON document of cases (argv[2]) that tst_interop_snapshot made at random and
// prints, for each, the scores and scores_total snapshot.js's voting classes compute. It
// decides nothing: the Qt test compares, so a failure names the case and both values.
// Powers arrive in thousandths (whole numbers), as DAO Desk keeps them.
import { readFileSync } from 'node:fs';
import snapshot from '@snapshot-labs/snapshot.js';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const strategies = [{ name: 'ticket', network: '1', params: {} }];
const results = input.cases.map((c) => {
  const Voting = snapshot.utils.voting[c.type];
  const proposal = { choices: Array.from({ length: c.choices }, (_, i) => `Choice ${i + 1}`) };
  const votes = c.votes.map((v) => ({ choice: v.choice, balance: v.power, scores: [v.power] }));
  const voting = new Voting(proposal, votes, strategies, undefined);
  return { scores: voting.getScores(), scores_total: voting.getScoresTotal() };
});
process.stdout.write(JSON.stringify({ results }));
