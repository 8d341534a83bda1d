; Inno Setup 6 recipe for the Windows installer. packaging/build.py runs it as
;   iscc /DAppVersion=0.1.0 /DSourceDir=packaging\dist\imsync-gui /DIconFile=...\app_icon.ico /Opackaging\dist imsync-gui.iss
; A per-user install by default (no administrator needed); the person may choose all users.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (packaging/build.py does)
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=the PyInstaller output folder (packaging/build.py does)
#endif

[Setup]
; The AppId keeps upgrades and uninstalls tied together: never change it.
AppId=io.github.imsync_gui.ImsyncGui
AppName=iMessage Sync Helper
AppVersion={#AppVersion}
AppVerName=iMessage Sync Helper {#AppVersion}
AppPublisher=The imsync-gui authors
DefaultDirName={autopf}\iMessage Sync Helper
DefaultGroupName=iMessage Sync Helper
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=imsync-gui-{#AppVersion}-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\imsync-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\iMessage Sync Helper"; Filename: "{app}\imsync-gui.exe"
Name: "{autodesktop}\iMessage Sync Helper"; Filename: "{app}\imsync-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\imsync-gui.exe"; Description: "{cm:LaunchProgram,iMessage Sync Helper}"; Flags: nowait postinstall skipifsilent
