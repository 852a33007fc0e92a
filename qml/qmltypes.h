// SPDX-License-Identifier: GPL-3.0-or-later
// The models' types as QML sees them. The models stay free of QML; they are made by Desk,
// so QML may use them but never create them.
#pragma once

#include "commentlistmodel.h"
#include "daolistmodel.h"
#include "memberlistmodel.h"
#include "moderationlogmodel.h"
#include "notificationcenter.h"
#include "onchainstatus.h"
#include "outboxmodel.h"
#include "pointshistorymodel.h"
#include "profile.h"
#include "proposaldetail.h"
#include "proposallistmodel.h"
#include "votelistmodel.h"
#include "walletmodels.h"

#include <QQmlEngine>

namespace daodesk::qmltypes {

struct NotificationCenterForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::NotificationCenter)
    QML_NAMED_ELEMENT(NotificationCenter)
    QML_UNCREATABLE("reached through Desk.notifications")
};

struct DaoListModelForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::DaoListModel)
    QML_NAMED_ELEMENT(DaoListModel)
    QML_UNCREATABLE("made by Desk for the open account")
};

struct ProposalListModelForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::ProposalListModel)
    QML_NAMED_ELEMENT(ProposalListModel)
    QML_UNCREATABLE("made by Desk for the open account")
};

struct ProposalDetailForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::ProposalDetail)
    QML_NAMED_ELEMENT(ProposalDetail)
    QML_UNCREATABLE("made by Desk for the open account")
};

struct VoteListModelForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::VoteListModel)
    QML_NAMED_ELEMENT(VoteListModel)
    QML_UNCREATABLE("made by Desk for the open account")
};

struct MemberListModelForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::MemberListModel)
    QML_NAMED_ELEMENT(MemberListModel)
    QML_UNCREATABLE("made by Desk for the open account")
};

struct CommentListModelForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::CommentListModel)
    QML_NAMED_ELEMENT(CommentListModel)
    QML_UNCREATABLE("made by Desk for the open account")
};

struct ModerationLogModelForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::ModerationLogModel)
    QML_NAMED_ELEMENT(ModerationLogModel)
    QML_UNCREATABLE("made by Desk for the open account")
};

struct PointsHistoryModelForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::PointsHistoryModel)
    QML_NAMED_ELEMENT(PointsHistoryModel)
    QML_UNCREATABLE("made by Desk for the open account")
};

struct ProfileForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::Profile)
    QML_NAMED_ELEMENT(Profile)
    QML_UNCREATABLE("made by Desk for the open account")
};

struct OutboxModelForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::OutboxModel)
    QML_NAMED_ELEMENT(OutboxModel)
    QML_UNCREATABLE("made by Desk for the open account")
};

struct OnchainStatusForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::OnchainStatus)
    QML_NAMED_ELEMENT(OnchainStatus)
    QML_UNCREATABLE("made by Desk for the open account")
};

struct WalletAccountModelForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::WalletAccountModel)
    QML_NAMED_ELEMENT(WalletAccountModel)
    QML_UNCREATABLE("made by Desk for the open account")
};

struct WalletTransactionModelForeign
{
    Q_GADGET
    QML_FOREIGN(daodesk::WalletTransactionModel)
    QML_NAMED_ELEMENT(WalletTransactionModel)
    QML_UNCREATABLE("made by Desk for the open account")
};

} // namespace daodesk::qmltypes
