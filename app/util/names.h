#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <type_traits>

namespace linkdesk {

// The names of an enum's values, declared once, in the order of the values (which must count
// 0, 1, 2, ...; name the last value in a static_assert on the table's size): the text a value is
// stored, printed and parsed as. nameIn() and valueIn() both read the table, so the two directions
// cannot drift.
template <std::size_t N>
using NameTable = std::array<const char*, N>;

template <typename E, std::size_t N>
QString nameIn(const NameTable<N>& table, E value) {
    static_assert(std::is_enum_v<E>);
    const auto index = std::size_t(value);
    return index < N ? QString::fromLatin1(table[index]) : QString();
}

template <typename E, std::size_t N>
std::optional<E> valueIn(const NameTable<N>& table, QStringView text) {
    for (std::size_t i = 0; i < N; ++i)
        if (text == QLatin1String(table[i]))
            return E(i);
    return std::nullopt;
}

} // namespace linkdesk
