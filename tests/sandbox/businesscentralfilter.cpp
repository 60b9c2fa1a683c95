#include "businesscentralfilter.h"

#include <QJsonValue>

namespace sandbox {

namespace {

int compareValues(const QJsonValue& a, const QJsonValue& b) {
    if (a.isDouble() || b.isDouble()) {
        const double x = a.isDouble() ? a.toDouble() : a.toVariant().toDouble();
        const double y = b.isDouble() ? b.toDouble() : b.toVariant().toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.isBool() || b.isBool())
        return a.toBool() == b.toBool() ? 0 : (a.toBool() ? 1 : -1);
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() ? 0 : 1;
    return QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
}

} // namespace

BusinessCentralFilter::BusinessCentralFilter(const QString& text) {
    if (text.trimmed().isEmpty())
        return;
    if (!tokenize(text))
        return;
    Node root = parseOr();
    if (m_error.isEmpty() && peek().kind != Token::End)
        m_error = QStringLiteral("Syntax error at '%1' in the filter expression.").arg(peek().text);
    if (m_error.isEmpty())
        m_predicate = std::move(root.predicate);
}

bool BusinessCentralFilter::tokenize(const QString& text) {
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',')) {
            m_tokens.append({c == QLatin1Char('(')   ? Token::Open
                             : c == QLatin1Char(')') ? Token::Close
                                                     : Token::Comma,
                             QString(c)});
            ++i;
        } else if (c == QLatin1Char('\'')) {
            QString value;
            ++i;
            bool closed = false;
            while (i < text.size()) {
                if (text.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                        value += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                value += text.at(i++);
            }
            if (!closed) {
                m_error = QStringLiteral("Unterminated string literal in the filter expression.");
                return false;
            }
            m_tokens.append({Token::String, value});
        } else if (c.isDigit() ||
                   (c == QLatin1Char('-') && i + 1 < text.size() && text.at(i + 1).isDigit())) {
            const int start = i++;
            while (i < text.size() && (text.at(i).isDigit() || text.at(i) == QLatin1Char('.')))
                ++i;
            m_tokens.append({Token::Number, text.mid(start, i - start)});
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            const int start = i++;
            while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('_')))
                ++i;
            m_tokens.append({Token::Ident, text.mid(start, i - start)});
        } else {
            m_error = QStringLiteral("Syntax error at position %1 in '%2'.").arg(i).arg(text);
            return false;
        }
    }
    m_tokens.append({Token::End, QStringLiteral("end of input")});
    return true;
}

bool BusinessCentralFilter::isKeyword(const char* word) const {
    return peek().kind == Token::Ident && peek().text == QLatin1String(word);
}

BusinessCentralFilter::Node BusinessCentralFilter::failNode(const QString& message) {
    if (m_error.isEmpty())
        m_error = message;
    return {};
}

BusinessCentralFilter::Node BusinessCentralFilter::parseOr() {
    Node left = parseAnd();
    while (m_error.isEmpty() && isKeyword("or")) {
        take();
        Node right = parseAnd();
        if (!m_error.isEmpty())
            break;
        if (left.fields != right.fields)
            return failNode(QStringLiteral("The 'or' operator across different fields is not supported."));
        left.predicate = [l = left.predicate, r = right.predicate](const QJsonObject& e) {
            return l(e) || r(e);
        };
    }
    return left;
}

BusinessCentralFilter::Node BusinessCentralFilter::parseAnd() {
    Node left = parseUnary();
    while (m_error.isEmpty() && isKeyword("and")) {
        take();
        Node right = parseUnary();
        if (!m_error.isEmpty())
            break;
        left.predicate = [l = left.predicate, r = right.predicate](const QJsonObject& e) {
            return l(e) && r(e);
        };
        left.fields.unite(right.fields);
    }
    return left;
}

BusinessCentralFilter::Node BusinessCentralFilter::parseUnary() {
    if (isKeyword("not")) {
        take();
        Node inner = parseUnary();
        inner.predicate = [p = inner.predicate](const QJsonObject& e) { return !p(e); };
        return inner;
    }
    if (peek().kind == Token::Open) {
        take();
        Node inner = parseOr();
        if (take().kind != Token::Close)
            return failNode(QStringLiteral("')' expected in the filter expression."));
        return inner;
    }
    return parseComparison();
}

bool BusinessCentralFilter::parseOperand(std::function<QJsonValue(const QJsonObject&)>* operand,
                                         QString* field) {
    const Token token = take();
    switch (token.kind) {
    case Token::String:
        *operand = [v = token.text](const QJsonObject&) { return QJsonValue(v); };
        return true;
    case Token::Number:
        *operand = [v = token.text.toDouble()](const QJsonObject&) { return QJsonValue(v); };
        return true;
    case Token::Ident:
        break;
    default:
        m_error = QStringLiteral("Syntax error at '%1' in the filter expression.").arg(token.text);
        return false;
    }
    if (token.text == QLatin1String("true") || token.text == QLatin1String("false")) {
        *operand = [v = token.text == QLatin1String("true")](const QJsonObject&) { return QJsonValue(v); };
        return true;
    }
    if (token.text == QLatin1String("null")) {
        *operand = [](const QJsonObject&) { return QJsonValue(QJsonValue::Null); };
        return true;
    }
    if (token.text == QLatin1String("tolower") || token.text == QLatin1String("toupper")) {
        const bool lower = token.text == QLatin1String("tolower");
        const Token open = take();
        const Token name = take();
        const Token close = take();
        if (open.kind != Token::Open || name.kind != Token::Ident || close.kind != Token::Close) {
            m_error = QStringLiteral("%1() takes one field name.").arg(token.text);
            return false;
        }
        *field = name.text;
        m_fields.insert(name.text);
        *operand = [f = name.text, lower](const QJsonObject& e) {
            const QString v = e.value(f).toString();
            return QJsonValue(lower ? v.toLower() : v.toUpper());
        };
        return true;
    }
    *field = token.text;
    m_fields.insert(token.text);
    *operand = [f = token.text](const QJsonObject& e) { return e.value(f); };
    return true;
}

BusinessCentralFilter::Node BusinessCentralFilter::parseComparison() {
    std::function<QJsonValue(const QJsonObject&)> left;
    std::function<QJsonValue(const QJsonObject&)> right;
    QString leftField;
    QString rightField;
    static const QStringList functions{QStringLiteral("contains"), QStringLiteral("startswith"),
                                       QStringLiteral("endswith")};
    if (peek().kind == Token::Ident && functions.contains(peek().text)) { // contains(a, b), ...
        const QString function = take().text;
        const QString arity = QStringLiteral("%1() takes two arguments.").arg(function);
        if (take().kind != Token::Open)
            return failNode(arity);
        if (!parseOperand(&left, &leftField))
            return {};
        if (take().kind != Token::Comma)
            return failNode(arity);
        if (!parseOperand(&right, &rightField))
            return {};
        if (take().kind != Token::Close)
            return failNode(arity);
        Node node;
        if (!leftField.isEmpty())
            node.fields.insert(leftField);
        node.predicate = [left, right, function](const QJsonObject& e) {
            const QString text = left(e).toString();
            const QString part = right(e).toString();
            if (function == QLatin1String("startswith"))
                return text.startsWith(part);
            if (function == QLatin1String("endswith"))
                return text.endsWith(part);
            return text.contains(part);
        };
        return node;
    }
    if (!parseOperand(&left, &leftField))
        return {};
    const Token op = take();
    static const QStringList operators{QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("gt"),
                                       QStringLiteral("ge"), QStringLiteral("lt"), QStringLiteral("le")};
    if (op.kind != Token::Ident || !operators.contains(op.text))
        return failNode(QStringLiteral("Operator expected at '%1' in the filter expression.").arg(op.text));
    if (!parseOperand(&right, &rightField))
        return {};
    Node node;
    if (!leftField.isEmpty())
        node.fields.insert(leftField);
    if (!rightField.isEmpty())
        node.fields.insert(rightField);
    node.predicate = [left, right, o = op.text](const QJsonObject& e) {
        const int c = compareValues(left(e), right(e));
        if (o == QLatin1String("eq"))
            return c == 0;
        if (o == QLatin1String("ne"))
            return c != 0;
        if (o == QLatin1String("gt"))
            return c > 0;
        if (o == QLatin1String("ge"))
            return c >= 0;
        if (o == QLatin1String("lt"))
            return c < 0;
        return c <= 0;
    };
    return node;
}

} // namespace sandbox
