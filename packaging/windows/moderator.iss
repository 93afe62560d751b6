; Inno Setup 6.3+ script: a per-user (or, if the user asks, all-users) installer for Moderator.
; On Windows, from the repository root, after building the bundle (dist\moderator\):
;   uv run --group packaging python packaging\build.py
;   iscc /DAppVersion=0.1.0 packaging\windows\moderator.iss
; It writes dist\Moderator-<version>-setup.exe. Paths below are relative to this file.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\moderator.iss
#endif

[Setup]
; the AppId ties upgrades and the uninstaller together: never change it
AppId={{3A7E0871-AB04-4B26-9CBB-1393618EBF31}
AppName=Moderator
AppVersion={#AppVersion}
AppVerName=Moderator {#AppVersion}
AppPublisher=Moderator
DefaultDirName={autopf}\Moderator
DefaultGroupName=Moderator
DisableProgramGroupPage=yes
; no admin rights needed; the user may still choose an all-users install
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Moderator-{#AppVersion}-setup
SetupIconFile=moderator.ico
UninstallDisplayIcon={app}\moderator.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\moderator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Moderator"; Filename: "{app}\moderator.exe"
Name: "{autodesktop}\Moderator"; Filename: "{app}\moderator.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\moderator.exe"; Description: "{cm:LaunchProgram,Moderator}"; Flags: nowait postinstall skipifsilent
