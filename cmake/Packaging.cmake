# Install rules and the Debian package (cpack -G DEB in the build folder).
# Installed: the two executables, the .desktop file, the AppStream metainfo and the hicolor icons.
# Not installed: linkdesk-sandbox, the tests, the benchmarks and the fuzzers.
include(GNUInstallDirs)

set(LINKDESK_APP_ID org.linkdesk.Linkdesk)

install(TARGETS linkdesk linkdesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/${LINKDESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/${LINKDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size 16 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${LINKDESK_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/scalable/apps/${LINKDESK_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME linkdesk)
set(CPACK_PACKAGE_VENDOR "The Linkdesk developers")
set(CPACK_PACKAGE_CONTACT "Linkdesk developers <linkdesk@example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://example.org/linkdesk/")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian wants the long description in lines of under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION
    "Linkdesk is the back office between a webshop and an ERP: it imports webshop\n\
orders, links each webshop customer to the matching ERP customer and submits\n\
the orders with customer-specific prices (WooCommerce, Business Central,\n\
Tharstern). It has a desktop window (linkdesk) and a command line for scripts\n\
(linkdesk-cli), keeps its data in SQLite or PostgreSQL and its secrets in the\n\
system keychain.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries the executables link (Qt, QtKeychain, libstdc++) are found by dpkg-shlibdeps (dpkg-dev,
# and the `file` tool). Plugins are loaded at run time, so shlibdeps cannot see them: the window
# needs a platform plugin (xcb and offscreen are in qt6-qpa-plugins) and the default profile an
# SQLite driver; PostgreSQL and Wayland are optional.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
# qt6-translations-l10n: Qt's own buttons and dialogs in the language of the window.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
