"""The Windows version resource (Properties > Details) for the PyInstaller spec."""

from __future__ import annotations

from PyInstaller.utils.win32.versioninfo import (
    FixedFileInfo,
    StringFileInfo,
    StringStruct,
    StringTable,
    VarFileInfo,
    VarStruct,
    VSVersionInfo,
)

US_ENGLISH_UNICODE = "040904B0"
"""Language 0x0409 (English, United States) and code page 1200 (UTF-16)."""


def version_info(version: str, description: str, company: str, name: str) -> VSVersionInfo:
    """A version resource for *version* (``MAJOR.MINOR.PATCH``)."""
    numbers = (*(int(part) for part in version.split(".")[:3]), 0)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo(
                [
                    StringTable(
                        US_ENGLISH_UNICODE,
                        [
                            StringStruct("CompanyName", company),
                            StringStruct("FileDescription", description),
                            StringStruct("FileVersion", version),
                            StringStruct("InternalName", name),
                            StringStruct("OriginalFilename", f"{name}.exe"),
                            StringStruct("ProductName", description),
                            StringStruct("ProductVersion", version),
                            StringStruct("LegalCopyright", f"© {company}, MIT licence"),
                        ],
                    )
                ]
            ),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
