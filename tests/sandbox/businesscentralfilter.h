#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>

namespace sandbox {

// The subset of OData $filter that Business Central answers and Linkdesk uses: comparisons
// (eq, ne, gt, ge, lt, le) of a field, tolower(field) or toupper(field) with a literal; the string
// functions contains(a, b), startswith(a, b) and endswith(a, b); literals in single quotes with a
// quote doubled; and, or (on one field only, as in Business Central), not, parentheses. A plain eq,
// contains, startswith or endswith on text is case-sensitive, like the real one.
class BusinessCentralFilter final {
public:
    // An empty filter matches everything. error() is set when the text does not parse.
    explicit BusinessCentralFilter(const QString& text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool matches(const QJsonObject& entity) const { return !m_predicate || m_predicate(entity); }
    // Every property the filter names, for the caller to check against the entity's type.
    const QSet<QString>& fields() const { return m_fields; }

private:
    using Predicate = std::function<bool(const QJsonObject&)>;
    struct Token {
        enum Kind { End, Ident, String, Number, Open, Close, Comma } kind = End;
        QString text;
    };
    struct Node {
        Predicate predicate;
        QSet<QString> fields;
    };

    bool tokenize(const QString& text);
    Node parseOr();
    Node parseAnd();
    Node parseUnary();
    Node parseComparison();
    bool parseOperand(std::function<QJsonValue(const QJsonObject&)>* operand, QString* field);
    const Token& peek() const { return m_tokens.at(m_pos); }
    Token take() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }
    bool isKeyword(const char* word) const;
    Node failNode(const QString& message);

    QList<Token> m_tokens;
    int m_pos = 0;
    QString m_error;
    Predicate m_predicate;
    QSet<QString> m_fields;
};

} // namespace sandbox
