#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class CustomersPage;
}

namespace linkdesk {

class CustomerTableModel;
class Database;

// Every shop customer with its link: filter, sort and open one.
class CustomersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)
public:
    explicit CustomersPage(Database& db, const QStringList& shopCodes, QWidget* parent = nullptr);
    ~CustomersPage() override;

    CustomerTableModel* model() const { return m_model; }

public slots:
    void refresh();

signals:
    void statusMessage(const QString& message);

private:
    void applyFilter();
    void updateCount();

    std::unique_ptr<Ui::CustomersPage> m_ui;
    CustomerTableModel* m_model;
    class QTimer* m_filterTimer;
};

} // namespace linkdesk
