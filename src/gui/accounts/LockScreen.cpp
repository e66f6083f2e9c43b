#include "gui/accounts/LockScreen.h"

#include "storage/AccountStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mmtrack::gui {

LockScreen::LockScreen(storage::AccountStore& accounts, QWidget* window)
    : QWidget(window), m_accounts(accounts), m_title(new QLabel(this)), m_who(new QLabel(this)),
      m_prompt(new QLabel(this)), m_password(new QLineEdit(this)), m_message(new QLabel(this)),
      m_unlock(new QPushButton(this)), m_signOut(new QPushButton(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAttribute(Qt::WA_StyledBackground);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#lockScreen { background: #eef1f4; }"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(280);
    m_who->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_unlock->setDefault(true);
    m_prompt->setBuddy(m_password);

    auto* panel = new QWidget(this);
    panel->setMaximumWidth(460);
    auto* column = new QVBoxLayout(panel);
    column->addWidget(m_title);
    column->addWidget(m_who);
    column->addSpacing(12);
    column->addWidget(m_prompt);
    column->addWidget(m_password);
    column->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_unlock);
    column->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    window->installEventFilter(this);
    retranslate();
    hide();
}

void LockScreen::retranslate()
{
    m_title->setText(tr("mmtrack is locked"));
    m_prompt->setText(tr("&Password:"));
    m_unlock->setText(tr("&Unlock"));
    m_signOut->setText(tr("Sign &out"));
    if (m_session)
        m_who->setText(
            tr("Signed in as %1 (%2). Type your password to go on working.")
                .arg(m_session->displayName, storage::Permissions::roleName(m_session->role)));
}

void LockScreen::lock(const storage::Session& session)
{
    m_session = session;
    m_password->clear();
    m_message->hide();
    retranslate();
    setGeometry(parentWidget()->rect());
    show();
    raise();
    m_password->setFocus();
}

void LockScreen::tryUnlock()
{
    if (!m_session)
        return;
    const auto signedIn = m_accounts.signIn(m_session->username, m_password->text());
    m_password->clear();
    if (!signedIn) {
        m_message->setText(signedIn.problems().first().message);
        m_message->show();
        return;
    }
    hide();
    emit unlocked(signedIn.value());
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mmtrack::gui
