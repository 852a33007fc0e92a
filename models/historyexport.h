// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

/**
 * @file
 * @brief The cached proposal history as data to export: JSON and CSV here, shared by the CLI's
 * `export` and the window's History screen (which adds PDF).
 */

namespace daodesk {

class Cache;
class ProposalListModel;
class VoteListModel;

/** @brief One vote of @p votes as JSON, as `show` and `export` print it. */
[[nodiscard]] QJsonObject voteJson(const VoteListModel &votes, int row);

/**
 * @brief The proposal history of the cache, with locally tallied results and every vote.
 * @param daoId one DAO, or 0 for every cached DAO
 */
[[nodiscard]] QJsonArray proposalHistory(Cache &cache, qint64 daoId);

/** @brief The proposals that @p filter shows (all of them, not just its loaded pages). */
[[nodiscard]] QJsonArray proposalHistory(Cache &cache, const ProposalListModel &filter);

/** @brief The history as JSON: {"exported_at", "proposals": [...]}. */
[[nodiscard]] QByteArray historyAsJson(const QJsonArray &history);

/**
 * @brief The history as CSV (RFC 4180): one row per vote, with its proposal and result;
 * a proposal without votes has one row with empty vote columns. Text that a spreadsheet
 * would run as a formula is prefixed with an apostrophe.
 */
[[nodiscard]] QByteArray historyAsCsv(const QJsonArray &history);

} // namespace daodesk
