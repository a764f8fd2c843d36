# Build the NetPatrol workstation bundle (dist\netpatrol\) on a Windows build machine, then self-test it.
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1                       # with re-check (Playwright)
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 -WithoutPlaywright    # about 80 MB smaller, no re-check
#
# Needs Python 3.11 (64-bit, python.org, with the "py" launcher). Run from anywhere; it works in the
# unpacked NetPatrol folder. Copy the resulting dist\netpatrol\ folder to the workstations.
# Written from the steps proven on Debian 12 (README); not yet run on Windows.
[CmdletBinding()]
param([switch]$WithoutPlaywright)

$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Step([string]$Name, [scriptblock]$Command) {
    Write-Host "==> $Name"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$Name failed (exit code $LASTEXITCODE)." }
}

if (-not (Test-Path .venv\Scripts\python.exe)) {
    Invoke-Step "Creating .venv (Python 3.11)" { py -3.11 -m venv .venv }
}
Invoke-Step "Installing NetPatrol and its build tools (PyInstaller)" { .venv\Scripts\python -m pip install -e ".[dev]" }
Invoke-Step "Compiling the zh-TW / English interface" { .venv\Scripts\python installer\i18n.py build }

$saved = @{ NETPATROL_BUNDLE_PLAYWRIGHT = $env:NETPATROL_BUNDLE_PLAYWRIGHT; QT_QPA_PLATFORM = $env:QT_QPA_PLATFORM;
            NETPATROL_HOME = $env:NETPATROL_HOME }
try {
    $env:NETPATROL_BUNDLE_PLAYWRIGHT = if ($WithoutPlaywright) { "0" } else { "1" }
    Invoke-Step "Building dist\netpatrol with PyInstaller" { .venv\Scripts\pyinstaller --noconfirm --clean installer\netpatrol.spec }

    # Offscreen, in a throw-away home: the self-test never touches an officer's vault.
    $env:QT_QPA_PLATFORM = "offscreen"
    $env:NETPATROL_HOME = Join-Path $env:TEMP "netpatrol-bundle-selftest"
    Invoke-Step "Self-test of the bundle (browser + capture, vault, PDF, case files)" { dist\netpatrol\netpatrol.exe selftest }
}
finally {
    foreach ($name in $saved.Keys) {   # the caller's shell keeps its own settings
        if ($null -eq $saved[$name]) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue }
        else { Set-Item "Env:$name" $saved[$name] }
    }
}
Write-Host "Done: copy dist\netpatrol\ to the workstations; officers start dist\netpatrol\netpatrol-gui.exe (no console window)."
