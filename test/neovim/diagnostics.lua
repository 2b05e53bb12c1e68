-- Drives dist/server.js from Neovim's built-in LSP client (vim.lsp.start_client exists since 0.5,
-- vim.diagnostic since 0.6, so this runs on Debian's 0.7.2 and on every later release).
-- Environment: POLICYMD_SERVER (path of server.js), POLICYMD_FILE (document), POLICYMD_OUT (JSON result).
local server = assert(os.getenv('POLICYMD_SERVER'), 'POLICYMD_SERVER')
local file = assert(os.getenv('POLICYMD_FILE'), 'POLICYMD_FILE')
local out = assert(os.getenv('POLICYMD_OUT'), 'POLICYMD_OUT')
local timeout = tonumber(os.getenv('POLICYMD_TIMEOUT_MS') or '20000')

local function finish(result)
  local handle = assert(io.open(out, 'w'))
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'policymd',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
})
if not client_id then
  finish({ error = 'the client did not start' })
  return
end
vim.lsp.buf_attach_client(bufnr, client_id)

local arrived = vim.wait(timeout, function()
  return #vim.diagnostic.get(bufnr) > 0
end, 50)

local client = vim.lsp.get_client_by_id(client_id)
local result = {
  arrived = arrived,
  initialized = client ~= nil and client.initialized == true,
  nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch),
  diagnostics = {},
}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(result.diagnostics, {
    lnum = d.lnum,
    col = d.col,
    end_lnum = d.end_lnum,
    end_col = d.end_col,
    severity = d.severity,
    message = d.message,
    source = d.source,
    code = d.code or lsp.code,
  })
end
vim.lsp.stop_client(client_id)
vim.wait(2000, function()
  return vim.lsp.get_client_by_id(client_id) == nil
end, 50)
finish(result)
