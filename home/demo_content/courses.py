"""Demo courses for Kỹ Năng Số: plain data, no Django imports.

`COURSES` is a list of dicts. Each course has slug, title, topic, level ("basic", "intermediate"
or "advanced"), summary, objectives, estimated_minutes, issues_certificate and lessons. Each
lesson has slug, title, estimated_minutes and body: a list of (block_type, value) pairs where
block_type is heading, rich_text, callout, steps, table, code or check; the value shapes are
checked in tests/home/test_demo_content.py. Illustrative figures in the lessons are labelled as
examples; they are not real statistics.

The first three courses are written out here; each later course has a module of its own
(``course_*.py``, plain data too) and joins the list at its end.
"""

from home.demo_content.course_bi_mat_va_du_lieu import COURSE as BI_MAT_VA_DU_LIEU
from home.demo_content.course_chu_ky_so import COURSE as CHU_KY_SO
from home.demo_content.course_lich_giao_viec_bao_cao import COURSE as LICH_GIAO_VIEC_BAO_CAO
from home.demo_content.course_tri_tue_nhan_tao import COURSE as TRI_TUE_NHAN_TAO
from home.demo_content.course_vong_doi_van_ban import COURSE as VONG_DOI_VAN_BAN

COURSES = [
    {
        "slug": "ky-nang-du-lieu",
        "title": "Kỹ năng làm việc với bảng tính và dữ liệu dùng chung",
        "topic": "Kỹ năng dữ liệu",
        "level": "basic",
        "summary": (
            "Khóa học giúp cán bộ văn phòng cấp ủy tổ chức bảng tính sạch, sắp xếp, lọc và tổng "
            "hợp số liệu nhanh, chính xác bằng PivotTable, SUMIFS và COUNTIFS. Người học cũng thực "
            "hành nguyên tắc “một lần nhập – dùng nhiều lần” với danh mục gốc, và cách đặt tên, "
            "quản lý phiên bản tệp để luôn biết đâu là bản chính thức."
        ),
        "objectives": [
            (
                "Tổ chức bảng dữ liệu theo năm nguyên tắc: một dòng tiêu đề, mỗi dòng một bản ghi, "
                "mỗi cột một loại giá trị, không gộp ô, ngày tháng và đơn vị thống nhất."
            ),
            "Dùng Xác thực dữ liệu để ngăn nhập sai ngay từ đầu.",
            (
                "Sắp xếp nhiều cấp và lọc dữ liệu mà không làm lệch các dòng; tính tổng đúng trên "
                "dữ liệu đã lọc."
            ),
            "Tổng hợp số liệu bằng PivotTable, SUMIFS và COUNTIFS, và đối chiếu chéo kết quả.",
            (
                "Xây dựng danh mục gốc có mã định danh và người phụ trách; tra cứu bằng XLOOKUP "
                "hoặc VLOOKUP."
            ),
            (
                "Đặt tên tệp theo mẫu năm-tháng-ngày, đánh số phiên bản và giữ bản gốc ở một nơi "
                "dùng chung."
            ),
        ],
        "estimated_minutes": 165,
        "issues_certificate": True,
        "lessons": [
            {
                "slug": "bang-du-lieu-sach",
                "title": "Bảng dữ liệu sạch: nền móng của mọi báo cáo",
                "estimated_minutes": 30,
                "body": [
                    ("heading", "Vì sao nhiều bảng tính trong văn phòng rất khó dùng lại?"),
                    (
                        "rich_text",
                        (
                            "<p>Cuối năm, Văn phòng cấp ủy cần tổng hợp số đảng viên của các chi "
                            "bộ theo độ tuổi, trình độ lý luận chính trị và năm vào Đảng. Mỗi chi "
                            "bộ gửi lên một tệp Excel khác nhau: tệp thì có ba dòng tiêu đề gộp ô, "
                            "tệp thì chèn dòng “Cộng” ở giữa bảng, tệp thì ghi ngày vào Đảng là "
                            "“15.3.2010”, tệp khác lại ghi “tháng 3/2010”. Chuyên viên tổng hợp "
                            "mất cả buổi chiều chỉ để gõ lại và sửa cho thống nhất, trong khi việc "
                            "cần làm thật sự là đọc số liệu và viết nhận xét.</p><p>Nguyên nhân "
                            "không nằm ở phần mềm mà ở cách tổ chức bảng. Một bảng được trình bày "
                            "để <em>in ra cho đẹp</em> thường khác hẳn một bảng được tổ chức để "
                            "<em>máy tính đọc, sắp xếp, lọc và tổng hợp</em>. Bài học này giới "
                            "thiệu khái niệm <strong>bảng dữ liệu sạch</strong>: một cách ghi chép "
                            "đơn giản, nếu mọi người cùng tuân theo, sẽ giúp cả đơn vị tiết kiệm "
                            "rất nhiều thời gian và hạn chế sai sót khi tổng hợp.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "title": "Quy ước ghi tên lệnh Excel trong khóa học",
                            "text": (
                                "<p>Tên thẻ, lệnh, hộp thoại của Excel được ghi theo giao diện "
                                "tiếng Anh, in nghiêng, kèm tên tiếng Việt trong ngoặc đơn, ví dụ "
                                "<em>Data &gt; Sort</em> (Dữ liệu &gt; Sắp xếp). Nếu máy của bạn "
                                "dùng giao diện tiếng Việt, hãy tìm theo tên trong ngoặc; tên có "
                                "thể khác đôi chút giữa các phiên bản Excel.</p>"
                            ),
                        },
                    ),
                    ("heading", "Năm nguyên tắc của một bảng dữ liệu sạch"),
                    (
                        "rich_text",
                        (
                            "<ol><li><strong>Chỉ một dòng tiêu đề, nằm ở dòng đầu tiên của "
                            "bảng.</strong> Mỗi cột có một tên ngắn, rõ nghĩa và không trùng với "
                            "cột khác, ví dụ “Họ và tên”, “Chi bộ”, “Ngày vào Đảng”. Tên bảng, tên "
                            "đơn vị, ngày lập biểu nên đặt ở trang tính khác hoặc ở phần đầu trang "
                            "khi in.</li><li><strong>Mỗi dòng là một bản ghi.</strong> Một dòng "
                            "ứng với một đảng viên, một văn bản đến, một lượt tham gia lớp bồi "
                            "dưỡng. Không ghi hai người trên một dòng, không tách một người ra hai "
                            "dòng.</li><li><strong>Mỗi cột chỉ chứa một loại giá trị.</strong> Cột "
                            "ngày chỉ có ngày, cột số chỉ có số. Không ghi “5 (tạm tính)” hay "
                            "“khoảng 20” vào cột số; phần giải thích đưa sang cột “Ghi "
                            "chú”.</li><li><strong>Không gộp ô, không để dòng trống, không chèn "
                            "dòng cộng giữa bảng.</strong> Các dòng tổng cộng được tính ở chỗ khác "
                            "bằng công thức hoặc bảng tổng hợp.</li><li><strong>Thống nhất cách "
                            "ghi ngày tháng và đơn vị tính.</strong> Đơn vị được ghi ngay trong "
                            "tên cột, ví dụ “Đảng phí (đồng)”, và mọi ô trong cột đều dùng cùng "
                            "đơn vị đó.</li></ol>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": (
                                "Ví dụ minh họa: cùng một thông tin, cách ghi gây lỗi và cách ghi "
                                "sạch"
                            ),
                            "header": ["Cột", "Cách ghi gây lỗi", "Cách ghi sạch"],
                            "rows": [
                                [
                                    "Ngày vào Đảng",
                                    "“15.3.2010”, “tháng 3/2010”, “15/3”",
                                    "15/03/2010, nhập dưới dạng ngày",
                                ],
                                [
                                    "Đảng phí",
                                    "“50.000đ”, “50 nghìn”, “0,05 triệu”",
                                    "50000 trong cột “Đảng phí (đồng)”",
                                ],
                                [
                                    "Chi bộ",
                                    "“CB Văn phòng”, “Chi bộ VP”, “VP”",
                                    "“Chi bộ Văn phòng”, chọn từ danh sách",
                                ],
                                [
                                    "Họ và tên",
                                    "“Nguyễn Văn An – Bí thư”",
                                    "Họ tên ở một cột, chức vụ ở cột khác",
                                ],
                                [
                                    "Tình trạng",
                                    "“Đã nộp, còn thiếu tháng 5”",
                                    "Cột “Trạng thái”: Đã nộp/Chưa nộp; chi tiết ở “Ghi chú”",
                                ],
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Ô gộp là “kẻ thù” của sắp xếp và lọc",
                            "text": (
                                "<p>Lệnh <strong>Merge &amp; Center</strong> (Gộp và căn giữa) làm "
                                "cho bảng trông gọn nhưng khiến việc sắp xếp báo lỗi, bộ lọc bỏ "
                                "sót dòng và bảng tổng hợp (PivotTable) không nhận đúng dữ liệu. "
                                "Nếu cần căn tiêu đề vào giữa, hãy chọn các ô rồi vào <em>Format "
                                "Cells &gt; Alignment &gt; Center Across Selection</em> (Định dạng "
                                "ô &gt; Căn chỉnh &gt; Căn giữa qua vùng chọn): chữ vẫn nằm giữa "
                                "mà các ô không bị gộp.</p>"
                            ),
                        },
                    ),
                    ("heading", "Ngày tháng và đơn vị: thống nhất ngay từ lúc nhập"),
                    (
                        "rich_text",
                        (
                            "<p>Excel lưu ngày tháng dưới dạng một con số, nhờ đó có thể sắp xếp "
                            "theo thời gian, lọc theo tháng hay tính số năm tuổi Đảng. Nếu gõ "
                            "“15.3.2010”, phần mềm hiểu đó là một chuỗi chữ, và mọi phép tính về "
                            "thời gian trên ô đó đều không thực hiện được. Cách kiểm tra nhanh: "
                            "khi chưa căn lề thủ công, ngày hợp lệ thường nằm sát lề phải của ô, "
                            "còn chữ nằm sát lề trái. Có thể kiểm tra chắc chắn hơn bằng công thức "
                            "<strong>=ISNUMBER(C2)</strong>: kết quả TRUE nghĩa là ô C2 chứa ngày "
                            "thật.</p><p>Một cái bẫy khác là thứ tự ngày và tháng. Máy tính đặt "
                            "định dạng vùng của Mỹ hiểu “03/04” là ngày 4 tháng 3, còn máy đặt "
                            "định dạng Việt Nam hiểu là ngày 3 tháng 4. Vì vậy đơn vị nên thống "
                            "nhất một quy ước nhập (ví dụ ngày/tháng/năm đủ bốn chữ số của năm) và "
                            "kiểm tra cài đặt vùng của máy. Khi cần chắc chắn, có thể dùng hàm "
                            "<strong>DATE</strong> với ba đối số lần lượt là năm, tháng, ngày, ví "
                            "dụ <strong>=DATE(K1,4,3)</strong> khi ô K1 chứa năm: hàm này luôn "
                            "hiểu đúng năm, tháng, ngày theo thứ tự.</p><p>Với đơn vị tính, nguyên "
                            "tắc là không trộn lẫn “đồng” với “nghìn đồng” hay “triệu đồng” trong "
                            "cùng một cột. Nếu số liệu gửi lên theo nhiều đơn vị khác nhau, hãy "
                            "quy đổi về một đơn vị trước khi dán vào bảng chung và ghi rõ đơn vị "
                            "trong tên cột.</p>"
                        ),
                    ),
                    ("heading", "Chặn sai sót từ đầu bằng Xác thực dữ liệu (Data Validation)"),
                    (
                        "steps",
                        {
                            "title": "Tạo danh sách chọn cho cột “Chi bộ”",
                            "items": [
                                (
                                    "<p>Trên một trang tính riêng, ví dụ trang <em>DanhMuc</em>, "
                                    "ghi danh sách tên chi bộ chuẩn, mỗi tên một ô, theo đúng cách "
                                    "viết đã thống nhất.</p>"
                                ),
                                (
                                    "<p>Chọn vùng danh sách, vào <em>Formulas &gt; Define "
                                    "Name</em> (Công thức &gt; Xác định tên) và đặt tên cho vùng, "
                                    "ví dụ <strong>DS_ChiBo</strong>.</p>"
                                ),
                                (
                                    "<p>Quay lại bảng dữ liệu, chọn toàn bộ cột “Chi bộ” (trừ dòng "
                                    "tiêu đề), vào <em>Data &gt; Data Validation</em> (Dữ liệu "
                                    "&gt; Xác thực dữ liệu).</p>"
                                ),
                                (
                                    "<p>Ở mục <em>Allow</em> (Cho phép) chọn <strong>List</strong> "
                                    "(Danh sách), ô <em>Source</em> (Nguồn) gõ "
                                    "<strong>=DS_ChiBo</strong>.</p>"
                                ),
                                (
                                    "<p>Sang thẻ <em>Error Alert</em> (Cảnh báo lỗi), chọn kiểu "
                                    "<strong>Stop</strong> (Dừng) và ghi thông báo dễ hiểu, ví dụ "
                                    "“Vui lòng chọn tên chi bộ trong danh sách”.</p>"
                                ),
                                (
                                    "<p>Thử gõ một tên sai để chắc chắn phần mềm từ chối. Làm "
                                    "tương tự cho cột ngày: chọn <em>Allow: Date</em> (Cho phép: "
                                    "Ngày) và giới hạn trong khoảng hợp lý, chẳng hạn từ "
                                    "01/01/1930 đến hôm nay.</p>"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Biến vùng dữ liệu thành Bảng bằng Ctrl+T",
                            "text": (
                                "<p>Chọn một ô bất kỳ trong vùng dữ liệu rồi nhấn "
                                "<strong>Ctrl+T</strong>, tương đương lệnh <em>Format as "
                                "Table</em> (Định dạng thành bảng). Khi thêm dòng mới, bảng tự mở "
                                "rộng, công thức và quy tắc xác thực tự áp dụng cho dòng mới, nút "
                                "lọc có sẵn ở dòng tiêu đề. Hãy đặt tên cho bảng ở thẻ <em>Table "
                                "Design</em> (Thiết kế bảng), ví dụ <strong>DangVien</strong>, để "
                                "các công thức về sau dễ đọc hơn.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Tóm lại, hãy tách hai việc: <strong>trang dữ liệu</strong> ghi "
                            "chép sạch sẽ theo năm nguyên tắc trên, và <strong>trang báo "
                            "cáo</strong> được trình bày đẹp để in, lấy số liệu từ trang dữ liệu "
                            "bằng công thức hoặc bảng tổng hợp. Bảng sạch trước, bảng đẹp sau. Khi "
                            "nhận biểu mẫu từ cấp trên có sẵn ô gộp, hãy giữ nguyên biểu mẫu để "
                            "nộp, nhưng làm việc trên một bảng dữ liệu sạch rồi chuyển kết quả "
                            "sang biểu mẫu ở bước cuối cùng.</p>"
                        ),
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Chi bộ A báo cáo đảng phí tháng 3 của một đảng viên là “50 nghìn "
                                "(đã nộp đủ)”. Cách ghi nào phù hợp nhất với bảng dữ liệu sạch?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Giữ nguyên “50 nghìn (đã nộp đủ)” để người đọc hiểu đầy "
                                        "đủ."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Ô này trộn số, đơn vị và tình trạng nên không thể cộng "
                                        "tổng hay lọc theo tình trạng."
                                    ),
                                },
                                {
                                    "text": (
                                        "Ghi “50.000đ” và tô màu xanh cho ô để đánh dấu đã nộp, vì "
                                        "màu sắc giúp nhìn ra ngay ai đã nộp đủ."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Ký tự “đ” biến số thành chữ, còn màu ô không lọc hay đếm "
                                        "được một cách tin cậy."
                                    ),
                                },
                                {
                                    "text": "Gộp ô tháng 3 với tháng 4 rồi ghi tổng hai tháng.",
                                    "correct": False,
                                    "feedback": (
                                        "Gộp ô làm hỏng việc sắp xếp, lọc và tổng hợp; mỗi tháng "
                                        "nên là một giá trị riêng."
                                    ),
                                },
                                {
                                    "text": (
                                        "Ghi 50000 vào cột “Đảng phí (đồng)”, “Đã nộp” vào cột "
                                        "“Trạng thái”."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Mỗi cột chỉ chứa một loại giá trị, đơn vị nằm trong "
                                        "tên cột."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Vì sao nên dùng Xác thực dữ liệu kiểu List cho cột “Chi bộ”?"
                            ),
                            "choices": [
                                {
                                    "text": "Để bảng tính chạy nhanh hơn khi có nhiều dòng.",
                                    "correct": False,
                                    "feedback": (
                                        "Xác thực dữ liệu không nhằm tăng tốc mà nhằm ngăn nhập "
                                        "sai."
                                    ),
                                },
                                {
                                    "text": (
                                        "Để mọi người chọn đúng một cách viết tên chi bộ, tránh bị "
                                        "đếm thành hai đơn vị."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Cách viết thống nhất, như “Chi bộ Văn phòng” thay "
                                        "cho “CB Văn phòng” hay “Chi bộ VP”, là điều kiện để lọc, "
                                        "đếm và tổng hợp chính xác."
                                    ),
                                },
                                {
                                    "text": (
                                        "Để không ai sửa được bảng tính nữa, kể cả người nhập số "
                                        "liệu hằng tháng của các chi bộ."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Người dùng vẫn nhập và sửa được, chỉ là phải chọn trong "
                                        "danh sách hợp lệ."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "sap-xep-va-loc-du-lieu",
                "title": "Sắp xếp và lọc dữ liệu mà không làm hỏng bảng",
                "estimated_minutes": 30,
                "body": [
                    ("heading", "Sắp xếp và lọc giúp trả lời câu hỏi trong vài giây"),
                    (
                        "rich_text",
                        (
                            "<p>Mỗi ngày, văn phòng cấp ủy nhận nhiều câu hỏi cần trả lời nhanh: "
                            "chi bộ nào chưa nộp báo cáo tháng, những đảng viên nào sắp đến mốc "
                            "nhận Huy hiệu Đảng, văn bản đến nào đã quá hạn xử lý. Nếu dữ liệu đã "
                            "được ghi chép sạch như ở bài trước, hai công cụ <strong>Sort</strong> "
                            "(Sắp xếp) và <strong>Filter</strong> (Lọc) trả lời những câu hỏi đó "
                            "trong vài giây mà không cần viết công thức. Tuy vậy, đây cũng là hai "
                            "thao tác dễ gây ra sai sót nghiêm trọng nhất nếu làm vội, vì một cú "
                            "nhấp chuột sai có thể làm lệch tên người với số liệu của người "
                            "khác.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Không bao giờ sắp xếp riêng một cột",
                            "text": (
                                "<p>Nếu chỉ chọn cột “Họ và tên” rồi bấm sắp xếp A→Z, tên sẽ đổi "
                                "chỗ nhưng các cột ngày sinh, chức vụ, đảng phí vẫn đứng yên. Kết "
                                "quả là mỗi người bị gán số liệu của người khác, và lỗi này rất "
                                "khó phát hiện bằng mắt. Khi Excel hiện hộp thoại <em>Sort "
                                "Warning</em> (Cảnh báo sắp xếp), luôn chọn <strong>Expand the "
                                "selection</strong> (Mở rộng vùng chọn). Cách an toàn nhất là định "
                                "dạng vùng dữ liệu thành Bảng (Ctrl+T): khi đó mọi thao tác sắp "
                                "xếp đều áp dụng cho cả dòng.</p>"
                            ),
                        },
                    ),
                    ("heading", "Sắp xếp nhiều cấp"),
                    (
                        "rich_text",
                        (
                            "<p>Sắp xếp một cấp, ví dụ theo ngày vào Đảng từ cũ đến mới, chỉ cần "
                            "bấm vào mũi tên ở dòng tiêu đề. Khi cần sắp xếp theo nhiều tiêu chí, "
                            "chẳng hạn “theo chi bộ, trong mỗi chi bộ theo ngày vào Đảng”, hãy "
                            "dùng hộp thoại <em>Data &gt; Sort</em> (Dữ liệu &gt; Sắp xếp) và thêm "
                            "từng cấp bằng nút <em>Add Level</em> (Thêm mức). Cấp đầu tiên là tiêu "
                            "chí chính, các cấp sau chỉ có tác dụng giữa các dòng giống nhau ở cấp "
                            "trước.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": (
                                "Sắp xếp danh sách đảng viên theo chi bộ, rồi theo ngày vào Đảng"
                            ),
                            "items": [
                                (
                                    "<p>Bấm vào một ô bất kỳ trong bảng dữ liệu (không chọn riêng "
                                    "một cột).</p>"
                                ),
                                (
                                    "<p>Vào <em>Data &gt; Sort</em> (Dữ liệu &gt; Sắp xếp). Kiểm "
                                    "tra ô <em>My data has headers</em> (Dữ liệu của tôi có tiêu "
                                    "đề) đã được đánh dấu để dòng tiêu đề không bị đưa vào sắp "
                                    "xếp.</p>"
                                ),
                                "<p>Cấp 1: cột “Chi bộ”, thứ tự A đến Z.</p>",
                                (
                                    "<p>Bấm <em>Add Level</em> (Thêm mức). Cấp 2: cột “Ngày vào "
                                    "Đảng”, thứ tự <em>Oldest to Newest</em> (Cũ nhất đến mới "
                                    "nhất).</p>"
                                ),
                                (
                                    "<p>Bấm OK, rồi kiểm tra ngẫu nhiên vài dòng với hồ sơ gốc để "
                                    "chắc chắn tên và số liệu vẫn khớp nhau.</p>"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Giữ một cột số thứ tự cố định",
                            "text": (
                                "<p>Trước khi sắp xếp một bảng quan trọng, hãy thêm cột “STT gốc” "
                                "và gõ số thứ tự dưới dạng giá trị (không dùng công thức). Sau khi "
                                "sắp xếp theo đủ kiểu, chỉ cần sắp xếp lại theo cột này là bảng "
                                "trở về đúng trật tự ban đầu.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Một lưu ý riêng cho tên người Việt: nếu cả họ, đệm và tên nằm "
                            "chung một cột, phần mềm sẽ sắp xếp theo chữ cái đầu tiên, tức là theo "
                            "họ, nên mọi người họ Nguyễn sẽ đứng cạnh nhau. Danh sách trong văn "
                            "bản hành chính thường xếp theo tên. Muốn làm được điều đó, bảng cần "
                            "có cột “Tên” riêng, đúng với nguyên tắc “mỗi cột một loại giá trị”. "
                            "Ngoài ra, thứ tự của các chữ cái có dấu do phần mềm xếp có thể chưa "
                            "khớp hoàn toàn với thói quen của người Việt, vì vậy với danh sách sẽ "
                            "công bố chính thức, hãy rà soát lại bằng mắt.</p>"
                        ),
                    ),
                    ("heading", "Lọc dữ liệu: chỉ xem những dòng cần xem"),
                    (
                        "rich_text",
                        (
                            "<p>Bật bộ lọc bằng <strong>Ctrl+Shift+L</strong> hoặc <em>Data &gt; "
                            "Filter</em> (Dữ liệu &gt; Bộ lọc). Mỗi ô tiêu đề xuất hiện một mũi "
                            "tên; bấm vào đó để chọn giá trị cần xem. Có ba kiểu lọc hay "
                            "dùng:</p><ul><li><strong>Lọc theo giá trị:</strong> bỏ chọn "
                            "<em>Select All</em> (Chọn tất cả), rồi chỉ đánh dấu “Chưa nộp” trong "
                            "cột “Trạng thái”.</li><li><strong>Lọc theo điều kiện chữ hoặc "
                            "số:</strong> <em>Text Filters &gt; Contains</em> (Bộ lọc văn bản &gt; "
                            "Có chứa) để tìm các văn bản có trích yếu chứa cụm “đại hội”; "
                            "<em>Number Filters &gt; Greater Than</em> (Bộ lọc số &gt; Lớn hơn) để "
                            "tìm khoản chi lớn hơn một mức nhất định.</li><li><strong>Lọc theo "
                            "thời gian:</strong> với cột ngày thật, <em>Date Filters</em> (Bộ lọc "
                            "ngày) cho phép chọn “tháng này”, “quý trước” hoặc một khoảng từ ngày "
                            "đến ngày.</li></ul><p>Khi lọc trên nhiều cột cùng lúc, các điều kiện "
                            "được hiểu là “và”: lọc “Chi bộ Văn phòng” ở cột chi bộ và “Chưa nộp” "
                            "ở cột trạng thái sẽ cho ra những người của Chi bộ Văn phòng chưa "
                            "nộp.</p>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "Ví dụ minh họa: câu hỏi thường gặp và cách lọc tương ứng",
                            "header": ["Câu hỏi", "Cột cần lọc", "Điều kiện"],
                            "rows": [
                                [
                                    "Chi bộ nào chưa gửi báo cáo tháng?",
                                    "Trạng thái báo cáo",
                                    "Giá trị “Chưa gửi”",
                                ],
                                [
                                    "Văn bản đến nào đã quá hạn xử lý?",
                                    "Hạn xử lý; Trạng thái",
                                    "Trước hôm nay; “Đang xử lý”",
                                ],
                                [
                                    "Đảng viên nào vào Đảng năm 1995?",
                                    "Ngày vào Đảng",
                                    (
                                        "Date Filters > Between (Bộ lọc ngày > Giữa), từ "
                                        "01/01/1995 đến 31/12/1995"
                                    ),
                                ],
                                [
                                    "Các tờ trình gửi Thường trực trong quý?",
                                    "Loại văn bản; Ngày gửi",
                                    "“Tờ trình”; This Quarter (Quý này)",
                                ],
                            ],
                        },
                    ),
                    ("heading", "Cái bẫy khi tính tổng trên dữ liệu đã lọc"),
                    (
                        "rich_text",
                        (
                            "<p>Bộ lọc chỉ <em>ẩn</em> các dòng không phù hợp chứ không xóa chúng. "
                            "Hàm <strong>SUM</strong> vẫn cộng cả những dòng bị ẩn, vì vậy tổng ở "
                            "cuối bảng không thay đổi khi bạn lọc. Nếu muốn tổng chỉ tính các dòng "
                            "đang hiển thị, hãy dùng hàm <strong>SUBTOTAL</strong> với mã 109 "
                            "(cộng) hoặc 103 (đếm ô có dữ liệu). Dòng tổng của Bảng, bật ở "
                            "<em>Table Design &gt; Total Row</em> (Thiết kế bảng &gt; Hàng tổng), "
                            "dùng sẵn SUBTOTAL nên luôn phản ánh đúng dữ liệu đang lọc. Cách kiểm "
                            "tra nhanh nhất là chọn cột số liệu và nhìn thanh trạng thái ở góc "
                            "dưới màn hình: Excel hiển thị tổng, số lượng và trung bình của các ô "
                            "đang được chọn và đang hiển thị.</p>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Hai công thức dưới đây lần lượt cho tổng đảng phí (cột E) và số "
                            "đảng viên (cột B) của riêng các dòng đang hiển thị sau khi lọc:</p>"
                        ),
                    ),
                    (
                        "code",
                        {
                            "language": "excel",
                            "code": "=SUBTOTAL(109, E2:E500)\n=SUBTOTAL(103, B2:B500)",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "title": "Bỏ lọc trước khi gửi tệp",
                            "text": (
                                "<p>Người nhận mở một tệp đang lọc dễ tưởng rằng dữ liệu bị thiếu. "
                                "Trước khi gửi hoặc lưu bản chính, hãy bấm <em>Data &gt; "
                                "Clear</em> (Dữ liệu &gt; Xóa) để bỏ mọi điều kiện lọc. Để dòng "
                                "tiêu đề luôn hiện khi cuộn bảng dài, dùng <em>View &gt; Freeze "
                                "Panes &gt; Freeze Top Row</em> (Xem &gt; Cố định ngăn &gt; Cố "
                                "định hàng trên cùng).</p>"
                            ),
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Bạn lọc cột “Chi bộ” để chỉ còn Chi bộ Văn phòng, nhưng ô "
                                "=SUM(E2:E500) ở cuối bảng vẫn ra tổng của toàn đảng bộ. Vì sao?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Vì bộ lọc đã xóa nhầm dữ liệu của các chi bộ khác khỏi "
                                        "bảng."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Bộ lọc không xóa gì cả; dữ liệu chỉ tạm thời bị ẩn."
                                    ),
                                },
                                {
                                    "text": (
                                        "Vì SUM cộng cả các dòng bị ẩn; cần dùng SUBTOTAL(109, …)."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Bộ lọc chỉ ẩn dòng, còn SUBTOTAL với mã 109 bỏ qua "
                                        "các dòng bị ẩn."
                                    ),
                                },
                                {
                                    "text": (
                                        "Vì phải lưu tệp rồi mở lại thì tổng mới cập nhật theo "
                                        "điều kiện lọc vừa chọn."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Lưu và mở lại không thay đổi cách hàm SUM tính toán."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Khi Excel hỏi “Expand the selection” hay “Continue with the "
                                "current selection” lúc sắp xếp, bạn nên chọn gì?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Continue with the current selection, để chỉ cột đang chọn "
                                        "thay đổi, các cột khác giữ nguyên."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Đây là nguyên nhân phổ biến khiến số liệu bị gán nhầm "
                                        "người."
                                    ),
                                },
                                {
                                    "text": (
                                        "Expand the selection, để cả dòng được sắp xếp cùng nhau."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Như vậy tên người và số liệu của họ luôn đi cùng "
                                        "nhau."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "tong-hop-bang-pivottable-va-sumifs",
                "title": "Tổng hợp số liệu bằng PivotTable, SUMIFS và COUNTIFS",
                "estimated_minutes": 40,
                "body": [
                    ("heading", "Từ bảng chi tiết đến con số trong báo cáo"),
                    (
                        "rich_text",
                        (
                            "<p>Giả sử văn phòng có một bảng theo dõi thu đảng phí cả năm: mỗi "
                            "dòng là một lần nộp, gồm ngày nộp, chi bộ, họ tên đảng viên, tháng "
                            "đóng và số tiền. Báo cáo quý lại chỉ cần vài con số: tổng đảng phí "
                            "từng chi bộ theo quý, số đảng viên chưa nộp, tỷ lệ nộp đúng hạn. Việc "
                            "chuyển từ hàng nghìn dòng chi tiết thành bảng tổng hợp vài dòng gọi "
                            "là <strong>tổng hợp dữ liệu</strong>. Excel có hai cách làm chính: "
                            "<strong>PivotTable</strong> (Bảng tổng hợp) khi cần xem nhanh nhiều "
                            "chiều, và các hàm <strong>SUMIFS</strong>, <strong>COUNTIFS</strong> "
                            "khi cần điền số vào một biểu mẫu cố định.</p><p>Cả hai cách đều đòi "
                            "hỏi bảng dữ liệu sạch: một dòng tiêu đề, mỗi dòng một bản ghi, cột số "
                            "chứa số thật. Nếu số tiền được gõ kèm chữ “đ”, PivotTable sẽ đếm thay "
                            "vì cộng, còn SUMIFS sẽ bỏ qua các ô đó mà không báo lỗi, dẫn đến tổng "
                            "bị thiếu một cách âm thầm.</p>"
                        ),
                    ),
                    ("heading", "Tạo PivotTable trong năm bước"),
                    (
                        "steps",
                        {
                            "title": "Tổng đảng phí theo chi bộ và theo quý",
                            "items": [
                                (
                                    "<p>Bấm vào một ô bất kỳ trong bảng dữ liệu (tốt nhất là đã "
                                    "định dạng Bảng bằng Ctrl+T để vùng nguồn tự mở rộng khi thêm "
                                    "dòng).</p>"
                                ),
                                (
                                    "<p>Vào <em>Insert &gt; PivotTable</em> (Chèn &gt; "
                                    "PivotTable), chọn đặt ở <em>New Worksheet</em> (trang tính "
                                    "mới) rồi bấm OK.</p>"
                                ),
                                (
                                    "<p>Trong khung <em>PivotTable Fields</em> (Trường "
                                    "PivotTable), kéo trường “Chi bộ” vào ô <strong>Rows</strong> "
                                    "(Hàng) và trường “Ngày nộp” vào ô <strong>Columns</strong> "
                                    "(Cột).</p>"
                                ),
                                (
                                    "<p>Kéo trường “Số tiền (đồng)” vào ô <strong>Values</strong> "
                                    "(Giá trị). Kiểm tra dòng chữ hiển thị là “Sum of…”; nếu là "
                                    "“Count of…”, hãy vào <em>Value Field Settings</em> (Thiết đặt "
                                    "trường giá trị) chọn <em>Sum</em> (Tổng), đồng thời kiểm tra "
                                    "lại cột số tiền có ô nào đang là chữ.</p>"
                                ),
                                (
                                    "<p>Nhấp chuột phải vào một ngày ở dòng tiêu đề cột, chọn "
                                    "<em>Group</em> (Nhóm) và đánh dấu <em>Quarters</em> (Quý) và "
                                    "<em>Years</em> (Năm) để gom theo quý.</p>"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Nhấp đúp để kiểm tra con số",
                            "text": (
                                "<p>Nhấp đúp vào bất kỳ con số nào trong PivotTable, Excel sẽ mở "
                                "một trang tính mới liệt kê đúng các dòng chi tiết tạo nên con số "
                                "đó. Đây là cách nhanh nhất để trả lời câu hỏi của lãnh đạo “con "
                                "số này gồm những ai?” và để phát hiện dòng nhập sai.</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "PivotTable không tự cập nhật",
                            "text": (
                                "<p>Khi bảng nguồn được sửa hoặc thêm dòng, PivotTable vẫn giữ kết "
                                "quả cũ cho đến khi được làm mới. Trước khi lấy số liệu đưa vào "
                                "báo cáo, hãy bấm <em>Data &gt; Refresh All</em> (Dữ liệu &gt; Làm "
                                "mới tất cả) hoặc nhấn <strong>Ctrl+Alt+F5</strong>. Nếu vùng "
                                "nguồn là một dải ô cố định thay vì Bảng, các dòng mới thêm ở dưới "
                                "sẽ bị bỏ sót hoàn toàn.</p>"
                            ),
                        },
                    ),
                    ("heading", "SUMIFS và COUNTIFS: tính tổng và đếm theo điều kiện"),
                    (
                        "rich_text",
                        (
                            "<p>Khi biểu mẫu báo cáo đã có khung cố định, ví dụ mỗi dòng là một "
                            "chi bộ và mỗi cột là một quý, các hàm có điều kiện giúp mỗi ô tự lấy "
                            "số từ bảng dữ liệu. Cú pháp như "
                            "sau:</p><ul><li><strong>SUMIFS</strong>(vùng cần cộng, vùng điều kiện "
                            "1, điều kiện 1, vùng điều kiện 2, điều kiện 2, …): cộng các ô thỏa "
                            "mãn <em>tất cả</em> điều kiện.</li><li><strong>COUNTIFS</strong>(vùng "
                            "điều kiện 1, điều kiện 1, vùng điều kiện 2, điều kiện 2, …): đếm số "
                            "dòng thỏa mãn tất cả điều kiện.</li></ul><p>Giả sử bảng dữ liệu có "
                            "cột A là ngày nộp, cột B là chi bộ, cột E là số tiền, cột F là trạng "
                            "thái. Công thức thứ nhất dưới đây tính tổng đảng phí quý I năm N của "
                            "Chi bộ Văn phòng, với năm N ghi ở ô K1 của trang tính; công thức thứ "
                            "hai đếm số đảng viên của chi bộ này có trạng thái “Chưa nộp”; công "
                            "thức thứ ba lấy tên chi bộ từ ô H2 của biểu mẫu, nhờ vậy chỉ cần viết "
                            "một lần rồi kéo xuống cho các dòng khác.</p>"
                        ),
                    ),
                    (
                        "code",
                        {
                            "language": "excel",
                            "code": (
                                '=SUMIFS(E:E, B:B, "Chi bộ Văn phòng", A:A, '
                                '">="&DATE($K$1,1,1), A:A, "<"&DATE($K$1,4,1))\n'
                                '=COUNTIFS(B:B, "Chi bộ Văn phòng", F:F, "Chưa nộp")\n'
                                "=SUMIFS($E:$E, $B:$B, $H2)"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "title": "Dấu phẩy hay dấu chấm phẩy?",
                            "text": (
                                "<p>Trên những máy tính đặt định dạng vùng dùng dấu phẩy làm dấu "
                                "thập phân (thường gặp khi chọn định dạng Việt Nam), Excel dùng "
                                "<strong>dấu chấm phẩy</strong> để ngăn cách các đối số. Khi đó "
                                'công thức viết là <strong>=COUNTIFS(B:B; "Chi bộ Văn phòng"; '
                                'F:F; "Chưa nộp")</strong>. Nếu Excel báo công thức có lỗi ngay '
                                "khi nhấn Enter, hãy thử đổi dấu ngăn cách.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Điều kiện về ngày nên ghép với hàm DATE như ví dụ trên thay vì gõ "
                            "ngày dưới dạng chuỗi trong dấu ngoặc kép, vì cách hiểu chuỗi ngày phụ "
                            "thuộc vào cài đặt vùng của từng máy. Điều kiện dạng chữ phải khớp "
                            "đúng cách viết trong dữ liệu; đây lại là lý do cột “Chi bộ” cần danh "
                            "sách chọn thống nhất.</p>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "Khi nào dùng công cụ nào?",
                            "header": ["Tình huống", "Nên dùng", "Lý do"],
                            "rows": [
                                [
                                    "Khám phá số liệu, thử nhiều cách nhìn",
                                    "PivotTable",
                                    "Kéo thả đổi chiều phân tích trong vài giây",
                                ],
                                [
                                    "Điền số vào biểu mẫu cấp trên ban hành",
                                    "SUMIFS, COUNTIFS",
                                    "Giữ nguyên khung biểu mẫu, tự cập nhật khi dữ liệu đổi",
                                ],
                                [
                                    "Trả lời nhanh “gồm những ai?”",
                                    "PivotTable (nhấp đúp)",
                                    "Hiện ngay danh sách chi tiết",
                                ],
                                [
                                    "Tính tỷ lệ, ví dụ tỷ lệ nộp đúng hạn",
                                    "COUNTIFS chia COUNTIFS",
                                    "Tử số và mẫu số nhìn thấy rõ trong công thức",
                                ],
                            ],
                        },
                    ),
                    ("heading", "Luôn đối chiếu chéo trước khi gửi"),
                    (
                        "rich_text",
                        (
                            "<p>Một thói quen nhỏ giúp tránh phần lớn sai sót: <strong>tổng của "
                            "bảng tổng hợp phải bằng tổng của bảng dữ liệu gốc</strong>. Sau khi "
                            "lập xong, hãy đặt một ô kiểm tra, chẳng hạn so sánh tổng cột “Cộng” "
                            "của biểu mẫu với =SUM(E:E) của bảng nguồn, hoặc so sánh tổng số đảng "
                            "viên đếm theo từng chi bộ với tổng số dòng của danh sách. Nếu hai con "
                            "số lệch nhau, thường là do có tên chi bộ viết sai, có ô số tiền đang "
                            "là chữ, hoặc có dòng nằm ngoài khoảng thời gian của điều kiện. Tìm ra "
                            "nguyên nhân trước khi trình ký, đừng “chỉnh tay” cho khớp.</p>"
                        ),
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Công thức nào đếm số đảng viên của Chi bộ Văn phòng có trạng thái "
                                "“Chưa nộp” (cột B là chi bộ, cột F là trạng thái)?"
                            ),
                            "choices": [
                                {
                                    "text": '=SUMIFS(B:B, F:F, "Chưa nộp")',
                                    "correct": False,
                                    "feedback": (
                                        "SUMIFS dùng để cộng số, mà cột B là tên chi bộ nên kết "
                                        "quả không có ý nghĩa."
                                    ),
                                },
                                {
                                    "text": '=COUNT(B:B, "Chi bộ Văn phòng", F:F, "Chưa nộp")',
                                    "correct": False,
                                    "feedback": (
                                        "COUNT không nhận điều kiện; nó chỉ đếm các ô chứa số."
                                    ),
                                },
                                {
                                    "text": ('=COUNTIFS(B:B, "Chi bộ Văn phòng", F:F, "Chưa nộp")'),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. COUNTIFS đếm các dòng thỏa mãn đồng thời cả hai "
                                        "điều kiện."
                                    ),
                                },
                                {
                                    "text": '=COUNTIFS(B:B, "Chi bộ Văn phòng")',
                                    "correct": False,
                                    "feedback": (
                                        "Công thức này đếm toàn bộ đảng viên của chi bộ, chưa lọc "
                                        "theo trạng thái."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "PivotTable hiện “Count of Số tiền” thay vì “Sum of Số tiền”. Điều "
                                "nào sau đây có thể là nguyên nhân?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Bảng dữ liệu có quá nhiều dòng nên Excel chuyển sang đếm "
                                        "để tính nhanh hơn."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Số dòng không ảnh hưởng đến việc chọn phép tính mặc định."
                                    ),
                                },
                                {
                                    "text": "Chưa lưu tệp trước khi tạo PivotTable.",
                                    "correct": False,
                                    "feedback": (
                                        "Việc lưu tệp không liên quan đến phép tính mặc định của "
                                        "PivotTable."
                                    ),
                                },
                                {
                                    "text": "Cột số tiền có ô nhập dưới dạng chữ, ví dụ “50.000đ”.",
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Chỉ cần một ô là chữ, Excel thường chọn phép đếm; "
                                        "hãy sửa dữ liệu rồi chọn lại Sum."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "mot-lan-nhap-nhieu-lan-dung",
                "title": "Một lần nhập – dùng nhiều lần: danh mục gốc và hàm tra cứu",
                "estimated_minutes": 35,
                "body": [
                    ("heading", "Khi cùng một danh sách được gõ lại ở mười nơi"),
                    (
                        "rich_text",
                        (
                            "<p>Danh sách các chi bộ, các tổ chức cơ sở đảng, danh sách cán bộ của "
                            "cơ quan, danh mục loại văn bản… là những thông tin được dùng đi dùng "
                            "lại trong hàng chục biểu mẫu mỗi năm. Nếu mỗi người tự gõ lại danh "
                            "sách vào tệp của mình, chỉ sau vài tháng sẽ xuất hiện “Chi bộ Văn "
                            "phòng”, “CB Văn Phòng”, “Chi bộ VP” cùng tồn tại. Khi một chi bộ được "
                            "đổi tên hoặc sáp nhập, người ta phải đi sửa ở từng tệp và gần như "
                            "chắc chắn sẽ bỏ sót ở đâu đó. Kết quả là các báo cáo “vênh” nhau mà "
                            "không ai giải thích được vì sao.</p><p>Nguyên tắc <strong>“một lần "
                            "nhập – dùng nhiều lần”</strong> giải quyết vấn đề này: mỗi loại thông "
                            "tin chỉ được nhập tại <em>một</em> nơi duy nhất gọi là <strong>danh "
                            "mục gốc</strong>; mọi tệp khác lấy thông tin từ danh mục đó thay vì "
                            "gõ lại.</p>"
                        ),
                    ),
                    ("heading", "Ba thành phần của một danh mục gốc"),
                    (
                        "rich_text",
                        (
                            "<ol><li><strong>Mã định danh không đổi.</strong> Mỗi dòng có một mã "
                            "ngắn, duy nhất, không bao giờ dùng lại, ví dụ CB01, CB02. Tên có thể "
                            "thay đổi, mã thì không. Các bảng khác ghi mã, và tên được tra ra từ "
                            "danh mục.</li><li><strong>Một người hoặc bộ phận phụ trách dữ "
                            "liệu.</strong> Người phụ trách là người duy nhất được sửa danh mục, "
                            "có trách nhiệm cập nhật kịp thời và thông báo khi có thay đổi. Những "
                            "người khác chỉ có quyền xem.</li><li><strong>Lịch sử được giữ "
                            "lại.</strong> Khi một chi bộ giải thể hay sáp nhập, không xóa dòng đó "
                            "mà chuyển trạng thái thành “Ngừng hoạt động” kèm ngày hiệu lực. Nhờ "
                            "vậy, báo cáo của các năm trước vẫn tra được tên đúng.</li></ol>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": (
                                "Ví dụ minh họa: danh mục gốc và người phụ trách trong một văn "
                                "phòng cấp ủy"
                            ),
                            "header": [
                                "Danh mục",
                                "Nơi lưu bản gốc",
                                "Người phụ trách",
                                "Ai được dùng",
                            ],
                            "rows": [
                                [
                                    "Tổ chức cơ sở đảng, chi bộ trực thuộc",
                                    "Thư mục dùng chung /DanhMuc",
                                    "Chuyên viên phụ trách tổ chức",
                                    "Mọi bộ phận (chỉ xem)",
                                ],
                                [
                                    "Cán bộ, công chức của cơ quan",
                                    "Thư mục dùng chung /DanhMuc",
                                    "Bộ phận tổ chức – hành chính",
                                    "Mọi bộ phận (chỉ xem)",
                                ],
                                [
                                    "Loại văn bản và ký hiệu viết tắt",
                                    "Thư mục dùng chung /DanhMuc",
                                    "Bộ phận văn thư",
                                    "Mọi bộ phận (chỉ xem)",
                                ],
                            ],
                        },
                    ),
                    ("heading", "Tra cứu thay vì gõ lại: XLOOKUP và VLOOKUP"),
                    (
                        "rich_text",
                        (
                            "<p>Trong bảng theo dõi báo cáo tháng, bạn chỉ cần ghi mã chi bộ, ví "
                            "dụ CB07. Tên chi bộ, tên bí thư hay số điện thoại liên hệ được lấy tự "
                            "động từ danh mục gốc bằng hàm tra cứu. Khi danh mục được cập nhật, "
                            "mọi bảng tra cứu đến nó đều thay đổi theo.</p><p>Hàm "
                            "<strong>XLOOKUP</strong> (có trong Microsoft 365 và Excel 2021 trở "
                            "lên) có cú pháp dễ đọc: XLOOKUP(giá trị cần tìm, cột để tìm, cột kết "
                            "quả, giá trị khi không tìm thấy). Với phiên bản Excel cũ hơn, dùng "
                            "<strong>VLOOKUP</strong>(giá trị cần tìm, vùng bảng, số thứ tự cột "
                            "kết quả, FALSE). Giả sử trang <em>DanhMuc</em> có cột A là mã chi bộ, "
                            "cột B là tên chi bộ, cột C là tên bí thư; trong bảng theo dõi, ô B2 "
                            "chứa mã chi bộ. Hai công thức đầu dưới đây đều trả về tên chi bộ; "
                            "công thức thứ ba dùng INDEX và MATCH, chạy được trên mọi phiên "
                            "bản.</p>"
                        ),
                    ),
                    (
                        "code",
                        {
                            "language": "excel",
                            "code": (
                                '=XLOOKUP(B2, DanhMuc!$A:$A, DanhMuc!$B:$B, "Không tìm thấy '
                                'mã")\n'
                                "=VLOOKUP(B2, DanhMuc!$A:$C, 2, FALSE)\n"
                                "=INDEX(DanhMuc!$B:$B, MATCH(B2, DanhMuc!$A:$A, 0))"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Đừng quên FALSE trong VLOOKUP",
                            "text": (
                                "<p>Nếu bỏ trống hoặc ghi TRUE ở đối số cuối, VLOOKUP tìm theo "
                                "kiểu “gần đúng” và có thể trả về tên của một chi bộ <em>khác</em> "
                                "mà không báo lỗi gì. Với tra cứu mã, tên, số hiệu, luôn ghi "
                                "<strong>FALSE</strong> (hoặc 0) để tìm khớp chính xác. Ngoài ra, "
                                "VLOOKUP chỉ tìm ở cột đầu tiên của vùng và trả về theo số thứ tự "
                                "cột, nên khi ai đó chèn thêm cột vào danh mục, kết quả có thể bị "
                                "lệch. XLOOKUP không gặp hai vấn đề này.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Khi công thức trả về “Không tìm thấy mã” hoặc lỗi #N/A, đó là một "
                            "tín hiệu hữu ích chứ không phải sự cố: mã bị gõ sai, có khoảng trắng "
                            "thừa, hoặc danh mục chưa có đơn vị mới. Hãy sửa tại nguồn (sửa mã "
                            "trong bảng theo dõi, hoặc đề nghị người phụ trách bổ sung danh mục), "
                            "đừng gõ đè tên vào ô công thức, vì làm vậy sẽ phá vỡ mối liên kết với "
                            "danh mục gốc.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Chuyển một bảng đang gõ tay sang dùng danh mục gốc",
                            "items": [
                                (
                                    "<p>Thống nhất với người phụ trách về danh mục gốc: nó nằm ở "
                                    "đâu, mã được đặt thế nào.</p>"
                                ),
                                (
                                    "<p>Thêm cột “Mã chi bộ” vào bảng của bạn và điền mã cho từng "
                                    "dòng (có thể dùng Xác thực dữ liệu kiểu List để chọn mã).</p>"
                                ),
                                "<p>Thay cột tên gõ tay bằng công thức XLOOKUP tra từ mã.</p>",
                                (
                                    "<p>Lọc các dòng có kết quả “Không tìm thấy mã” và xử lý từng "
                                    "trường hợp.</p>"
                                ),
                                (
                                    "<p>Khi đã khớp hết, xóa cột tên gõ tay cũ để không ai dùng "
                                    "nhầm.</p>"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Bảng tính dùng chung trực tuyến",
                            "text": (
                                "<p>Nếu đơn vị dùng thư mục mạng nội bộ hoặc hệ thống lưu trữ dùng "
                                "chung được phép sử dụng, hãy đặt danh mục gốc ở đó, cấp quyền sửa "
                                "cho người phụ trách và quyền xem cho những người khác. Khi gửi số "
                                "liệu cho cấp trên hoặc đơn vị bạn, gửi kèm ngày cập nhật của danh "
                                "mục, ví dụ “theo danh mục tổ chức đảng cập nhật ngày 01/10 năm "
                                "N”. Lưu ý: dữ liệu mật không bao giờ được đặt trên hệ thống có "
                                "kết nối Internet; xem khóa học An toàn thông tin.</p>"
                            ),
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Chi bộ CB05 vừa đổi tên. Theo nguyên tắc “một lần nhập – dùng "
                                "nhiều lần”, cần làm gì?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Mỗi bộ phận tự tìm và sửa tên trong các tệp của mình, rồi "
                                        "báo lại cho người phụ trách danh mục."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Cách này tốn công và gần như chắc chắn bỏ sót, dẫn đến "
                                        "các báo cáo không khớp nhau."
                                    ),
                                },
                                {
                                    "text": "Tạo mã mới CB05A cho tên mới và xóa dòng CB05 cũ.",
                                    "correct": False,
                                    "feedback": (
                                        "Mã định danh không đổi khi đổi tên; xóa dòng cũ còn làm "
                                        "mất khả năng tra cứu dữ liệu các năm trước."
                                    ),
                                },
                                {
                                    "text": (
                                        "Người phụ trách sửa tên ở danh mục gốc; các bảng tra theo "
                                        "mã CB05 tự cập nhật."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Chỉ sửa ở một nơi, và mã CB05 giữ nguyên nên mọi "
                                        "liên kết vẫn đúng."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Công thức =VLOOKUP(B2, DanhMuc!$A:$C, 2) trả về tên một chi bộ "
                                "không đúng mà không báo lỗi. Nguyên nhân khả dĩ nhất là gì?"
                            ),
                            "choices": [
                                {
                                    "text": "Thiếu đối số FALSE nên hàm tìm gần đúng.",
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Hãy thêm FALSE (hoặc 0) làm đối số thứ tư để tìm "
                                        "khớp chính xác."
                                    ),
                                },
                                {
                                    "text": (
                                        "Danh mục có quá nhiều dòng nên VLOOKUP không tìm hết được "
                                        "đến cuối danh mục."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Số dòng của danh mục không làm hàm trả về kết quả sai."
                                    ),
                                },
                                {
                                    "text": "Phải dùng SUMIFS thay cho VLOOKUP.",
                                    "correct": False,
                                    "feedback": (
                                        "SUMIFS dùng để cộng số theo điều kiện, không dùng để tra "
                                        "cứu tên."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "dat-ten-tep-va-quan-ly-phien-ban",
                "title": "Đặt tên tệp, quản lý phiên bản và nơi giữ bản gốc",
                "estimated_minutes": 30,
                "body": [
                    ("heading", "“BaoCao_final_final2_sua.docx” là bản nào?"),
                    (
                        "rich_text",
                        (
                            "<p>Ai từng làm văn phòng đều gặp cảnh này: trong thư mục có "
                            "“BaoCao_final.docx”, “BaoCao_final_sua.docx”, "
                            "“BaoCao_final_final2.docx” và “Copy of BaoCao (3).docx”. Lãnh đạo hỏi "
                            "bản nào đã trình Thường trực, bản nào có ý kiến góp ý của Ban Tổ "
                            "chức, và không ai dám chắc. Hậu quả có thể là gửi nhầm bản chưa cập "
                            "nhật, làm mất ý kiến chỉnh sửa, hoặc tốn hàng giờ đối chiếu từng câu. "
                            "Một quy ước đặt tên và quản lý phiên bản đơn giản, được cả đơn vị "
                            "tuân theo, sẽ loại bỏ gần hết các tình huống đó.</p>"
                        ),
                    ),
                    ("heading", "Một mẫu tên tệp dễ nhớ"),
                    (
                        "rich_text",
                        (
                            "<p>Mẫu được khuyến nghị gồm các phần nối với nhau bằng dấu gạch dưới: "
                            "<strong>Ngày_LoạiVănBản_NộiDungNgắn_ĐơnVị_PhiênBản</strong>. Ngày "
                            "viết theo dạng <strong>NĂM-THÁNG-NGÀY</strong> (YYYY-MM-DD), ví dụ "
                            "YYYY-03-14 cho ngày 14 tháng 3; trong các ví dụ của bài, YYYY là năm, "
                            "viết đủ bốn chữ số. Cách viết này có hai ưu điểm: khi sắp xếp theo "
                            "tên, các tệp tự đứng theo đúng thứ tự thời gian; và không ai nhầm "
                            "ngày với tháng như khi viết 03/04.</p>"
                        ),
                    ),
                    (
                        "code",
                        {
                            "language": "text",
                            "code": (
                                "YYYY-03-14_BC_SoKetQuyI_VanPhong_v01.docx\n"
                                "YYYY-03-14_BC_SoKetQuyI_VanPhong_v02.docx\n"
                                "YYYY-03-20_TTr_ChuanHoaBieuMau_VanPhong_v01.docx\n"
                                "YYYY-03-28_BC_SoKetQuyI_VanPhong_BanHanh.pdf"
                            ),
                        },
                    ),
                    (
                        "table",
                        {
                            "caption": (
                                "Ví dụ minh họa: ký hiệu viết tắt loại văn bản dùng trong tên tệp"
                            ),
                            "header": ["Viết tắt", "Loại văn bản", "Ví dụ tên tệp"],
                            "rows": [
                                ["BC", "Báo cáo", "YYYY-06-30_BC_CongTacDang6Thang_v03.docx"],
                                ["TTr", "Tờ trình", "YYYY-07-02_TTr_ToChucLopBoiDuong_v01.docx"],
                                ["KH", "Kế hoạch", "YYYY-01-10_KH_KiemTraGiamSat_v02.docx"],
                                ["CV", "Công văn", "YYYY-02-05_CV_DonDocBaoCaoQuy_v01.docx"],
                                ["DS", "Danh sách", "YYYY-04-01_DS_DangVienDuLop_v01.xlsx"],
                            ],
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Một vài quy tắc đi kèm:</p><ul><li><strong>Không dấu, không khoảng "
                            "trắng</strong> trong tên tệp. Tên có dấu và khoảng trắng vẫn mở được "
                            "trên máy của bạn, nhưng dễ bị lỗi bảng mã (chữ có dấu biến thành ký "
                            "tự lạ) hoặc bị cắt khi gửi qua một số hệ thống, khi nén tệp hoặc khi "
                            "chép sang máy khác. Dùng chữ hoa đầu từ (SoKetQuyI) hoặc dấu gạch "
                            "ngang để dễ đọc.</li><li><strong>Ngắn gọn</strong>: tên tệp không "
                            "phải là trích yếu văn bản; bốn, năm từ là đủ để nhận ra nội "
                            "dung.</li><li><strong>Chữ viết tắt thống nhất</strong> trong toàn đơn "
                            "vị, ghi thành một danh mục như bảng trên và đặt ở thư mục dùng "
                            "chung.</li></ul>"
                        ),
                    ),
                    ("heading", "Đánh số phiên bản thay cho chữ “final”"),
                    (
                        "rich_text",
                        (
                            "<p>Chữ “final” luôn nói dối, vì sau bản “final” gần như chắc chắn còn "
                            "một lần sửa nữa. Thay vào đó, hãy đánh số phiên bản bằng hai chữ số: "
                            "v01, v02, … v10. Hai chữ số giúp v10 đứng sau v09 khi sắp xếp, thay "
                            "vì đứng ngay sau v1. Mỗi khi gửi bản thảo đi xin ý kiến, tăng số "
                            "phiên bản; mỗi khi nhận góp ý về, lưu thành phiên bản mới rồi mới "
                            "sửa. Nhờ vậy, luôn quay lại được đúng bản đã gửi.</p><p>Với văn bản "
                            "lớn qua nhiều vòng góp ý, nên ghi một <strong>nhật ký phiên "
                            "bản</strong> ngắn ở trang cuối của bản thảo hoặc trong một tệp riêng: "
                            "phiên bản, ngày, người sửa, nội dung thay đổi chính. Ví dụ: “v03 – "
                            "18/3 – đ/c Hương – tiếp thu ý kiến Ban Tổ chức về số liệu kết nạp "
                            "đảng viên”.</p><p>Khi văn bản đã được ký ban hành, lưu bản điện tử "
                            "của văn bản đã ký (thường là PDF) với hậu tố "
                            "<strong>_BanHanh</strong> vào thư mục “Đã ban hành”. Bản này không "
                            "bao giờ được sửa. Nếu cần đính chính, đó là một văn bản mới với quy "
                            "trình mới.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Một tệp, một người sửa tại một thời điểm",
                            "text": (
                                "<p>Khi hai người cùng sửa hai bản sao của một tệp rồi gửi lại cho "
                                "nhau, việc ghép các chỉnh sửa rất dễ làm mất nội dung. Hãy thống "
                                "nhất ai đang “giữ bút” ở mỗi vòng; những người khác góp ý bằng "
                                "tính năng <em>Track Changes</em> (Theo dõi thay đổi) hoặc "
                                "<em>Comment</em> (Chú thích) trên phiên bản mới nhất.</p>"
                            ),
                        },
                    ),
                    ("heading", "Bản gốc nằm ở đâu?"),
                    (
                        "rich_text",
                        (
                            "<p>Bản gốc là bản duy nhất mà mọi người coi là chính thức. Bản gốc "
                            "<strong>không</strong> nằm trên màn hình Desktop của một cá nhân, "
                            "không nằm trong tệp đính kèm thư điện tử, càng không nằm trong tin "
                            "nhắn Zalo. Nó nằm ở một nơi dùng chung mà đơn vị đã chọn, chẳng hạn "
                            "thư mục mạng nội bộ hoặc hệ thống quản lý văn bản, được sao lưu định "
                            "kỳ và phân quyền rõ ràng. Khi cần gửi cho người khác, nói rõ đó là "
                            "phiên bản nào; khi nhận lại bản góp ý, đưa các thay đổi vào bản gốc "
                            "rồi lưu thành phiên bản tiếp theo.</p>"
                        ),
                    ),
                    (
                        "code",
                        {
                            "language": "text",
                            "code": (
                                "VanPhong/\n"
                                "  YYYY/\n"
                                "    01_BaoCaoDinhKy/\n"
                                "      DuThao/\n"
                                "      DaBanHanh/\n"
                                "    02_KeHoach/\n"
                                "    03_ToTrinh/\n"
                                "  DanhMuc/"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "title": "Tài liệu mật nằm ngoài quy ước này",
                            "text": (
                                "<p>Quy ước đặt tên và thư mục dùng chung ở trên chỉ áp dụng cho "
                                "tài liệu thông thường. Tài liệu có nội dung bí mật nhà nước phải "
                                "được soạn thảo, lưu giữ và quản lý theo quy chế bảo vệ bí mật nhà "
                                "nước của cơ quan, trên máy tính, thiết bị chuyên dùng do cơ quan "
                                "bố trí, không kết nối Internet, mạng viễn thông; chi tiết có "
                                "trong khóa học An toàn thông tin.</p>"
                            ),
                        },
                    ),
                    (
                        "check",
                        {
                            "question": "Tên tệp nào theo đúng quy ước của bài học?",
                            "choices": [
                                {
                                    "text": "Báo cáo sơ kết quý I (final) sửa lần 2.docx",
                                    "correct": False,
                                    "feedback": (
                                        "Tên có dấu, có khoảng trắng, dùng chữ “final” và không có "
                                        "ngày."
                                    ),
                                },
                                {
                                    "text": "14-03-YYYY_BC_SoKetQuyI_v2.docx",
                                    "correct": False,
                                    "feedback": (
                                        "Ngày dạng ngày-tháng-năm không tự sắp xếp theo thời gian; "
                                        "v2 nên viết là v02."
                                    ),
                                },
                                {
                                    "text": "YYYY-03-14_BC_SoKetQuyI_VanPhong_v02.docx",
                                    "correct": True,
                                    "feedback": (
                                        "Đúng: ngày dạng năm-tháng-ngày, loại văn bản viết tắt, "
                                        "nội dung ngắn, không dấu, có số phiên bản hai chữ số."
                                    ),
                                },
                                {
                                    "text": "BC_SoKetQuyI_VanPhong_final_final.docx",
                                    "correct": False,
                                    "feedback": (
                                        "Không có ngày và chữ “final” không cho biết đây là phiên "
                                        "bản thứ mấy."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Văn bản đã được ký ban hành, nhưng phát hiện một lỗi đánh máy. "
                                "Nên làm gì?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Mở tệp PDF đã ban hành, sửa lỗi rồi lưu đè, vì lỗi đánh "
                                        "máy không làm thay đổi nội dung văn bản."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Sửa bản đã ban hành khiến bản lưu không còn khớp với văn "
                                        "bản đã gửi đi."
                                    ),
                                },
                                {
                                    "text": (
                                        "Giữ nguyên tệp _BanHanh; đính chính theo quy trình, như "
                                        "một văn bản mới."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Bản đã ban hành là hồ sơ chính thức và không được "
                                        "sửa trực tiếp."
                                    ),
                                },
                                {
                                    "text": "Sửa ở bản v05 rồi đổi tên thành _BanHanh.",
                                    "correct": False,
                                    "feedback": (
                                        "Bản chưa qua ký ban hành không thể thay thế văn bản đã "
                                        "ban hành."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "an-toan-thong-tin",
        "title": "An toàn thông tin cho cán bộ văn phòng",
        "topic": "An toàn thông tin",
        "level": "basic",
        "summary": (
            "Khóa học trang bị những kỹ năng an toàn thông tin thiết yếu cho cán bộ văn phòng cấp "
            "ủy: mật khẩu mạnh, xác thực hai yếu tố, nhận diện thư lừa đảo và cuộc gọi giả mạo, "
            "dùng USB và máy tính dùng chung an toàn, cập nhật phần mềm, sao lưu, dùng Wi-Fi công "
            "cộng, điện thoại và công cụ AI an toàn. Người học nắm vững nguyên tắc xử lý tài liệu "
            "mật theo Luật Bảo vệ bí mật nhà nước năm 2025 và biết cách báo cáo sự cố nhanh, đúng "
            "người."
        ),
        "objectives": [
            (
                "Tạo cụm mật khẩu mạnh, không dùng lại mật khẩu và sử dụng trình quản lý mật khẩu "
                "được đơn vị cho phép."
            ),
            "Bật xác thực hai yếu tố bằng ứng dụng xác thực và cất giữ mã khôi phục an toàn.",
            (
                "Nhận diện thư, tin nhắn lừa đảo qua địa chỉ người gửi, sự khẩn cấp, đường dẫn, "
                "tệp đính kèm và yêu cầu bất thường."
            ),
            (
                "Tuân thủ nguyên tắc không soạn thảo, lưu giữ, truyền đưa tài liệu mật trên thiết "
                "bị, dịch vụ có kết nối Internet."
            ),
            "Sử dụng USB, máy tính dùng chung an toàn và khóa màn hình bằng Windows + L.",
            (
                "Cập nhật phần mềm, sao lưu dữ liệu công việc, tránh Wi-Fi công cộng, bảo vệ điện "
                "thoại; không đưa thông tin nội bộ vào công cụ AI."
            ),
            "Báo cáo sự cố kịp thời cho đầu mối an toàn thông tin, giữ nguyên hiện trạng.",
        ],
        "estimated_minutes": 235,
        "issues_certificate": True,
        "lessons": [
            {
                "slug": "mat-khau-manh-va-trinh-quan-ly-mat-khau",
                "title": "Mật khẩu mạnh, cụm mật khẩu và trình quản lý mật khẩu",
                "estimated_minutes": 30,
                "body": [
                    ("heading", "Mật khẩu bị lộ bằng cách nào?"),
                    (
                        "rich_text",
                        (
                            "<p>Phần lớn các vụ chiếm đoạt tài khoản không cần đến kỹ thuật cao "
                            "siêu. Kẻ xấu thường đi theo một trong bốn con đường "
                            "sau:</p><ul><li><strong>Đoán:</strong> thử ngày sinh, số điện thoại, "
                            "tên cơ quan ghép với năm hoặc dãy số quen thuộc, kiểu “Tinhuy@123” "
                            "hay “Vanphong123”.</li><li><strong>Dò hàng loạt:</strong> dùng phần "
                            "mềm thử tự động hàng triệu mật khẩu phổ biến và các biến thể của "
                            "chúng.</li><li><strong>Dùng lại mật khẩu đã lộ:</strong> khi một "
                            "trang web bất kỳ mà bạn từng đăng ký bị lộ dữ liệu, kẻ xấu đem cặp "
                            "thư điện tử và mật khẩu đó đi thử trên hộp thư công vụ, tài khoản "
                            "mạng xã hội, tài khoản ngân hàng của bạn.</li><li><strong>Lừa để bạn "
                            "tự khai:</strong> trang đăng nhập giả, cuộc gọi xưng là cán bộ kỹ "
                            "thuật, tin nhắn giả mạo lãnh đạo. Nội dung này được học kỹ ở bài về "
                            "nhận diện lừa đảo.</li></ul><p>Một mật khẩu tốt vì vậy cần đủ ba "
                            "điều: <strong>dài</strong>, <strong>khó đoán</strong> và "
                            "<strong>không dùng lại</strong> ở tài khoản khác.</p>"
                        ),
                    ),
                    ("heading", "Cụm mật khẩu: dài mà vẫn dễ nhớ"),
                    (
                        "rich_text",
                        (
                            "<p>Độ dài quan trọng hơn việc chèn vài ký tự đặc biệt. Một mật khẩu "
                            "tám ký tự như “Vp@1234!” trông phức tạp nhưng theo đúng khuôn mẫu mà "
                            "phần mềm dò mật khẩu thử đầu tiên. Thay vào đó, hãy dùng <strong>cụm "
                            "mật khẩu</strong>: bốn đến năm từ ngẫu nhiên, không liên quan đến "
                            "nhau và đến bản thân bạn, nối bằng dấu gạch ngang và thêm một con số. "
                            "Ví dụ minh họa (đừng dùng đúng cụm này): "
                            "<strong>ca-phe-may-bay-hoa-sen-47</strong>. Cụm này dài hơn hai mươi "
                            "ký tự, dễ hình dung thành một bức tranh để nhớ, nhưng rất khó "
                            "đoán.</p><p>Những thứ không nên đưa vào mật khẩu: họ tên, ngày sinh "
                            "của bạn hay người thân, số điện thoại, tên cơ quan, năm hiện tại, "
                            "biển số xe, câu thơ hoặc khẩu hiệu nổi tiếng. Nếu đơn vị có quy định "
                            "về độ dài hay thành phần mật khẩu, hãy tuân theo quy định đó; cụm mật "
                            "khẩu thường đáp ứng được các yêu cầu này khi thêm chữ hoa và chữ "
                            "số.</p>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "Ví dụ minh họa: mật khẩu yếu và lý do",
                            "header": ["Mật khẩu", "Vì sao yếu"],
                            "rows": [
                                [
                                    "123456, 12345678",
                                    "Nằm trong danh sách mật khẩu phổ biến nhất, bị thử đầu tiên",
                                ],
                                [
                                    "Tinhuy@123",
                                    "Tên cơ quan ghép với dãy số quen thuộc: rất dễ đoán",
                                ],
                                [
                                    "Lan15081985",
                                    "Tên và ngày sinh có thể tìm thấy trên mạng xã hội",
                                ],
                                [
                                    "Matkhau@1 (dùng cho mọi tài khoản)",
                                    "Một nơi bị lộ là mọi tài khoản đều bị mở",
                                ],
                            ],
                        },
                    ),
                    (
                        "steps",
                        {
                            "title": "Tự tạo một cụm mật khẩu",
                            "items": [
                                (
                                    "<p>Chọn ngẫu nhiên bốn hoặc năm từ thông dụng, ví dụ bằng "
                                    "cách mở một cuốn sách bất kỳ và lấy từ đầu tiên ở vài trang "
                                    "khác nhau.</p>"
                                ),
                                (
                                    "<p>Viết không dấu, nối bằng dấu gạch ngang, thêm một hoặc hai "
                                    "chữ số và viết hoa một chữ cái nếu hệ thống yêu cầu.</p>"
                                ),
                                (
                                    "<p>Hình dung một cảnh có đủ các từ đó để dễ nhớ. Gõ thử vài "
                                    "lần cho quen tay.</p>"
                                ),
                                (
                                    "<p>Chỉ dùng cụm này cho <em>một</em> tài khoản. Tài khoản "
                                    "khác cần cụm khác.</p>"
                                ),
                            ],
                        },
                    ),
                    ("heading", "Trình quản lý mật khẩu"),
                    (
                        "rich_text",
                        (
                            "<p>Không ai nhớ được hàng chục mật khẩu khác nhau. <strong>Trình quản "
                            "lý mật khẩu</strong> là phần mềm lưu tất cả mật khẩu trong một “két "
                            "sắt” được mã hóa; bạn chỉ cần nhớ một cụm mật khẩu chủ thật mạnh. "
                            "Phần mềm còn tạo mật khẩu ngẫu nhiên dài cho từng tài khoản, và chỉ "
                            "tự điền mật khẩu khi địa chỉ trang web khớp với trang đã lưu. Nhờ đặc "
                            "điểm này, nếu bạn lỡ mở một trang đăng nhập giả có địa chỉ khác, phần "
                            "mềm sẽ không điền, và đó là một tín hiệu cảnh báo quý giá.</p><p>Hãy "
                            "dùng trình quản lý mật khẩu mà đơn vị cho phép, hoặc hỏi bộ phận công "
                            "nghệ thông tin trước khi cài đặt. Trình quản lý có sẵn trong trình "
                            "duyệt vẫn tốt hơn nhiều so với việc dùng một mật khẩu cho mọi nơi, "
                            "nhưng khi đó máy tính phải được khóa màn hình cẩn thận và không dùng "
                            "chung với người khác.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Mật khẩu hộp thư là chìa khóa vạn năng",
                            "text": (
                                "<p>Hầu hết các dịch vụ cho phép đặt lại mật khẩu qua thư điện tử. "
                                "Ai chiếm được hộp thư của bạn có thể lần lượt chiếm các tài khoản "
                                "khác. Vì vậy, hộp thư công vụ cần một mật khẩu riêng, mạnh nhất, "
                                "và nên bật xác thực hai yếu tố (bài tiếp theo).</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Một số thói quen cần bỏ ngay: dán mật khẩu lên cạnh màn hình hay "
                            "dưới bàn phím; gửi mật khẩu qua Zalo hoặc thư điện tử; ghi mật khẩu "
                            "vào sổ tay để trên bàn; nói mật khẩu cho đồng nghiệp “đăng nhập "
                            "giúp”. Cán bộ kỹ thuật của đơn vị không bao giờ cần bạn đọc mật khẩu "
                            "cho họ. Nên đổi mật khẩu ngay khi nghi ngờ bị lộ, sau khi lỡ nhập vào "
                            "một trang lạ, khi người khác đã biết mật khẩu, hoặc theo định kỳ nếu "
                            "quy định của đơn vị yêu cầu.</p>"
                        ),
                    ),
                    (
                        "check",
                        {
                            "question": "Mật khẩu nào dưới đây an toàn nhất cho hộp thư công vụ?",
                            "choices": [
                                {
                                    "text": "Tinhuy@123",
                                    "correct": False,
                                    "feedback": (
                                        "Tên cơ quan ghép với dãy số quen thuộc là khuôn mẫu bị "
                                        "thử rất sớm."
                                    ),
                                },
                                {
                                    "text": (
                                        "Một cụm năm từ ngẫu nhiên như "
                                        "“bong-den-con-meo-song-hong-82”."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Dài, khó đoán; chỉ dùng cụm này cho hộp thư công "
                                        "vụ, không dùng lại ở nơi khác."
                                    ),
                                },
                                {
                                    "text": (
                                        "Lan15081985! (tên và ngày sinh, thêm dấu chấm than ở cuối "
                                        "cho khó đoán)"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Tên và ngày sinh dễ tìm thấy; dấu chấm than ở cuối không "
                                        "làm nó khó đoán hơn bao nhiêu."
                                    ),
                                },
                                {
                                    "text": (
                                        "Mật khẩu mạnh đang dùng cho tài khoản mạng xã hội, để "
                                        "khỏi phải nhớ thêm."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Dùng lại mật khẩu khiến một vụ lộ ở nơi khác mở đường vào "
                                        "hộp thư công vụ."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Một người gọi điện xưng là cán bộ kỹ thuật, đề nghị bạn đọc mật "
                                "khẩu để “kiểm tra hộp thư bị lỗi”. Bạn nên làm gì?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Đọc mật khẩu vì đó là yêu cầu công việc của bộ phận kỹ "
                                        "thuật cơ quan."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Đây là thủ đoạn lừa đảo phổ biến; không ai có lý do chính "
                                        "đáng để hỏi mật khẩu của bạn."
                                    ),
                                },
                                {
                                    "text": (
                                        "Đọc mật khẩu rồi đổi mật khẩu mới ngay sau khi cuộc gọi "
                                        "kết thúc."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Trong khoảng thời gian đó tài khoản có thể đã bị chiếm và "
                                        "mật khẩu bị đổi trước bạn."
                                    ),
                                },
                                {
                                    "text": (
                                        "Từ chối, gọi lại bộ phận công nghệ thông tin qua số đã "
                                        "biết."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Cán bộ kỹ thuật thật không bao giờ cần mật khẩu của "
                                        "bạn."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "dang-nhap-hai-yeu-to",
                "title": "Xác thực hai yếu tố và mã khôi phục",
                "estimated_minutes": 30,
                "body": [
                    ("heading", "Hai lớp khóa cho một cánh cửa"),
                    (
                        "rich_text",
                        (
                            "<p><strong>Xác thực hai yếu tố</strong> yêu cầu hai loại bằng chứng "
                            "khác nhau khi đăng nhập: <em>thứ bạn biết</em> (mật khẩu) và <em>thứ "
                            "bạn có</em> (điện thoại có ứng dụng tạo mã, khóa bảo mật) hoặc "
                            "<em>đặc điểm của bạn</em> (vân tay, khuôn mặt). Nếu mật khẩu bị lộ, "
                            "kẻ xấu vẫn chưa vào được vì thiếu yếu tố thứ hai. Đây là một trong "
                            "những biện pháp hiệu quả nhất mà mỗi cán bộ có thể tự làm, chỉ mất "
                            "khoảng mười phút cho mỗi tài khoản quan trọng.</p><p>Nên bật xác thực "
                            "hai yếu tố cho: hộp thư công vụ, các hệ thống nghiệp vụ có hỗ trợ, "
                            "tài khoản quản trị trang thông tin, tài khoản mạng xã hội của cơ "
                            "quan, và cả hộp thư cá nhân dùng để khôi phục các tài khoản khác.</p>"
                        ),
                    ),
                    ("heading", "Các hình thức yếu tố thứ hai"),
                    (
                        "table",
                        {
                            "caption": "So sánh các hình thức xác thực thứ hai thường gặp",
                            "header": ["Hình thức", "Cách hoạt động", "Mức an toàn", "Lưu ý"],
                            "rows": [
                                [
                                    (
                                        "Ứng dụng xác thực (Google Authenticator, Microsoft "
                                        "Authenticator…)"
                                    ),
                                    (
                                        "Ứng dụng tạo mã 6 chữ số, đổi sau mỗi 30 giây, không cần "
                                        "sóng di động"
                                    ),
                                    "Tốt",
                                    "Nên ưu tiên; cần lưu mã khôi phục phòng khi mất điện thoại",
                                ],
                                [
                                    "Mã gửi qua tin nhắn SMS",
                                    "Hệ thống gửi mã một lần đến số điện thoại",
                                    "Khá",
                                    (
                                        "Có thể bị đánh cắp nếu kẻ xấu chiếm được SIM; vẫn hơn hẳn "
                                        "chỉ có mật khẩu"
                                    ),
                                ],
                                [
                                    "Thông báo xác nhận trên điện thoại",
                                    "Bấm “Đồng ý” trên ứng dụng khi có yêu cầu đăng nhập",
                                    "Tốt nếu tỉnh táo",
                                    "Chỉ bấm đồng ý khi chính bạn vừa đăng nhập",
                                ],
                                [
                                    "Khóa bảo mật vật lý",
                                    "Thiết bị nhỏ cắm cổng USB hoặc chạm vào điện thoại",
                                    "Rất tốt",
                                    (
                                        "Chống được trang đăng nhập giả; cần được đơn vị cấp và "
                                        "hướng dẫn"
                                    ),
                                ],
                            ],
                        },
                    ),
                    ("heading", "Bật xác thực hai yếu tố bằng ứng dụng xác thực"),
                    (
                        "steps",
                        {
                            "title": "Các bước chung (tên mục có thể khác nhau giữa các hệ thống)",
                            "items": [
                                (
                                    "<p>Cài ứng dụng xác thực từ kho ứng dụng chính thức của điện "
                                    "thoại (App Store hoặc Google Play), hoặc ứng dụng mà đơn vị "
                                    "hướng dẫn. Không cài từ đường dẫn lạ gửi qua tin nhắn.</p>"
                                ),
                                (
                                    "<p>Đăng nhập tài khoản trên máy tính, vào mục <em>Bảo "
                                    "mật</em> hoặc <em>Tài khoản &gt; Xác thực hai yếu tố</em> và "
                                    "chọn hình thức <em>Ứng dụng xác thực</em>.</p>"
                                ),
                                (
                                    "<p>Màn hình hiện một mã QR. Mở ứng dụng trên điện thoại, chọn "
                                    "thêm tài khoản và quét mã QR này.</p>"
                                ),
                                (
                                    "<p>Nhập mã 6 chữ số đang hiển thị trên ứng dụng vào hệ thống "
                                    "để xác nhận.</p>"
                                ),
                                (
                                    "<p>Hệ thống cung cấp một danh sách <strong>mã khôi "
                                    "phục</strong>. Lưu chúng ngay theo hướng dẫn ở phần dưới, rồi "
                                    "mới đóng trang.</p>"
                                ),
                                "<p>Đăng xuất và đăng nhập lại để chắc chắn mọi thứ hoạt động.</p>",
                            ],
                        },
                    ),
                    ("heading", "Mã khôi phục: chiếc chìa khóa dự phòng"),
                    (
                        "rich_text",
                        (
                            "<p>Mã khôi phục (recovery codes) là những mã dùng một lần, cho phép "
                            "đăng nhập khi bạn mất hoặc hỏng điện thoại. Ai có mã khôi phục cũng "
                            "có thể vượt qua lớp bảo vệ thứ hai, nên phải giữ chúng cẩn thận như "
                            "giữ chìa khóa két:</p><ul><li>In hoặc chép tay, cất trong ngăn kéo có "
                            "khóa hoặc phong bì niêm phong tại nơi an toàn; hoặc lưu trong trình "
                            "quản lý mật khẩu được đơn vị cho phép.</li><li>Không chụp ảnh lưu "
                            "trong thư viện ảnh điện thoại (thường tự đồng bộ lên mạng), không gửi "
                            "qua thư điện tử hay Zalo, không lưu thành tệp trên "
                            "Desktop.</li><li>Mỗi mã chỉ dùng được một lần. Khi đã dùng gần hết, "
                            "hãy tạo bộ mã mới và hủy bộ cũ.</li></ul>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Không bao giờ đọc mã xác thực cho người khác",
                            "text": (
                                "<p>Mã 6 chữ số, mã OTP hay thao tác bấm “Đồng ý” chỉ dành cho "
                                "chính bạn, ngay lúc bạn đang đăng nhập. Bất kỳ ai đề nghị bạn đọc "
                                "mã qua điện thoại hoặc tin nhắn, dù xưng là nhân viên ngân hàng, "
                                "nhà mạng hay cán bộ kỹ thuật, đều là kẻ lừa đảo. Nếu điện thoại "
                                "bất ngờ hiện yêu cầu xác nhận đăng nhập trong khi bạn không đăng "
                                "nhập, hãy bấm <strong>Từ chối</strong>, đổi mật khẩu ngay vì có "
                                "thể mật khẩu đã lộ, và báo cho bộ phận công nghệ thông tin.</p>"
                            ),
                        },
                    ),
                    ("heading", "Khi đổi hoặc mất điện thoại"),
                    (
                        "rich_text",
                        (
                            "<p>Khi đổi điện thoại, hãy chuyển các tài khoản sang ứng dụng xác "
                            "thực trên máy mới <em>trước</em> khi xóa dữ liệu máy cũ. Nhiều ứng "
                            "dụng có chức năng chuyển tài khoản; nếu không, vào mục bảo mật của "
                            "từng tài khoản, tắt rồi bật lại xác thực hai yếu tố với máy mới. Khi "
                            "mất điện thoại, dùng mã khôi phục để đăng nhập, thiết lập lại yếu tố "
                            "thứ hai với thiết bị mới, đồng thời báo cho bộ phận công nghệ thông "
                            "tin để họ kiểm tra và thu hồi các phiên đăng nhập cũ. Nếu điện thoại "
                            "bị mất có chứa ứng dụng công việc, việc báo ngay còn quan trọng hơn, "
                            "vì kẻ nhặt được có thể đọc được tin nhắn và thư điện tử trên đó.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Làm ngay hôm nay",
                            "text": (
                                "<p>Chọn một tài khoản quan trọng nhất, thường là hộp thư công vụ, "
                                "và bật xác thực hai yếu tố trong tuần này. Cất mã khôi phục vào "
                                "phong bì, ghi bên ngoài tên tài khoản và ngày tạo.</p>"
                            ),
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Chị Hoa đang xem phim ở nhà thì điện thoại hiện yêu cầu “Có phải "
                                "bạn đang đăng nhập hộp thư? Đồng ý / Từ chối”. Chị nên làm gì?"
                            ),
                            "choices": [
                                {
                                    "text": "Bấm Đồng ý để thông báo biến mất.",
                                    "correct": False,
                                    "feedback": "Đồng ý nghĩa là cho người lạ vào hộp thư của chị.",
                                },
                                {
                                    "text": (
                                        "Bỏ qua, chờ sáng mai đến cơ quan rồi báo bộ phận công "
                                        "nghệ thông tin kiểm tra giúp."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Kẻ xấu có thể tiếp tục thử; cần đổi mật khẩu và báo ngay."
                                    ),
                                },
                                {
                                    "text": "Bấm Từ chối, đổi mật khẩu và báo ngay.",
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Yêu cầu xuất hiện nghĩa là ai đó đã có mật khẩu của "
                                        "chị; báo bộ phận công nghệ thông tin ngay."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": "Nơi nào phù hợp để cất mã khôi phục của hộp thư công vụ?",
                            "choices": [
                                {
                                    "text": (
                                        "Ảnh chụp trong thư viện ảnh của điện thoại, để lúc nào "
                                        "cũng có sẵn bên mình."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Thư viện ảnh thường đồng bộ lên mạng, và ai cầm điện "
                                        "thoại cũng xem được."
                                    ),
                                },
                                {
                                    "text": "Bản in trong phong bì, ngăn kéo có khóa.",
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Tách khỏi điện thoại và máy tính, người khác không "
                                        "dễ tiếp cận."
                                    ),
                                },
                                {
                                    "text": "Một thư điện tử tự gửi cho chính mình.",
                                    "correct": False,
                                    "feedback": (
                                        "Nếu hộp thư bị chiếm, kẻ xấu sẽ có luôn mã khôi phục."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "nhan-dien-thu-va-tin-nhan-lua-dao",
                "title": "Nhận diện thư điện tử và tin nhắn lừa đảo",
                "estimated_minutes": 40,
                "body": [
                    ("heading", "Lừa đảo nhắm vào con người, không nhắm vào máy"),
                    (
                        "rich_text",
                        (
                            "<p>Thư lừa đảo (phishing) là thư điện tử, tin nhắn hoặc cuộc gọi giả "
                            "danh một người hay một cơ quan đáng tin, nhằm khiến bạn bấm vào đường "
                            "dẫn, mở tệp đính kèm, khai mật khẩu, đọc mã xác thực hoặc chuyển "
                            "tiền. Cán bộ văn phòng cấp ủy là mục tiêu hấp dẫn vì thường xuyên "
                            "nhận văn bản từ nhiều nơi, quen làm việc khẩn trương, và có quyền "
                            "truy cập vào thông tin nội bộ. Tin tốt là hầu hết thư lừa đảo đều để "
                            "lộ một vài dấu hiệu, nếu bạn dừng lại mười giây để nhìn kỹ.</p>"
                        ),
                    ),
                    ("heading", "Năm dấu hiệu cần kiểm tra"),
                    (
                        "table",
                        {
                            "caption": "Năm dấu hiệu của thư, tin nhắn lừa đảo",
                            "header": ["Dấu hiệu", "Cần nhìn vào đâu", "Ví dụ minh họa"],
                            "rows": [
                                [
                                    "Địa chỉ người gửi",
                                    "Địa chỉ thư thật, không chỉ tên hiển thị",
                                    (
                                        "Tên hiển thị “Ban Tổ chức Tỉnh ủy” nhưng địa chỉ là một "
                                        "hộp thư Gmail cá nhân"
                                    ),
                                ],
                                [
                                    "Sự khẩn cấp, đe dọa",
                                    "Hạn chót gấp, hậu quả nặng nề nếu không làm ngay",
                                    "“Hoàn thành trước 17h00 hôm nay, quá hạn sẽ bị xử lý kỷ luật”",
                                ],
                                [
                                    "Đường dẫn",
                                    "Địa chỉ thật khi rê chuột lên đường dẫn (không bấm)",
                                    (
                                        "Chữ hiển thị là tên miền cơ quan nhưng đường dẫn thật trỏ "
                                        "tới một tên miền lạ"
                                    ),
                                ],
                                [
                                    "Tệp đính kèm",
                                    "Đuôi tệp, tệp nén có mật khẩu, yêu cầu bật macro",
                                    (
                                        "“DanhSach.pdf.exe”, tệp .zip kèm mật khẩu trong thư, tài "
                                        "liệu Word đòi “Enable Content”"
                                    ),
                                ],
                                [
                                    "Yêu cầu bất thường",
                                    "Đòi mật khẩu, mã OTP, chuyển tiền, mua thẻ cào",
                                    (
                                        "Tin nhắn “của lãnh đạo” nhờ chuyển khoản gấp hoặc mua thẻ "
                                        "điện thoại"
                                    ),
                                ],
                            ],
                        },
                    ),
                    ("heading", "Ví dụ 1: “Thông báo rà soát hồ sơ” giả danh Ban Tổ chức"),
                    (
                        "rich_text",
                        (
                            "<p>Dưới đây là một thư giả được dựng lại để minh "
                            "họa:</p><ul><li><strong>Người gửi:</strong> Ban Tổ chức Tỉnh ủy "
                            "&lt;bantochuc.tinhuy.thongbao@gmail.com&gt;</li><li><strong>Tiêu "
                            "đề:</strong> KHẨN – Rà soát, cập nhật thông tin đảng viên trước 17h00 "
                            "hôm nay</li><li><strong>Nội dung:</strong> “Thực hiện chỉ đạo của "
                            "Thường trực, đề nghị các đồng chí tải biểu mẫu đính kèm, cập nhật "
                            "thông tin và gửi lại trong ngày. Tệp được nén, mật khẩu giải nén: "
                            "1234. Đơn vị không hoàn thành sẽ bị nêu tên trong hội "
                            "nghị.”</li><li><strong>Đính kèm:</strong> "
                            "BieuMau_RaSoat_DangVien.zip</li></ul><p>Các dấu hiệu: cơ quan đảng "
                            "không gửi văn bản chỉ đạo từ hộp thư miễn phí; hạn chót trong ngày "
                            "kèm lời đe dọa; tệp nén có mật khẩu (thủ đoạn để lọt qua phần mềm "
                            "quét virus); và văn bản thật thường có số, ký hiệu, được gửi qua hệ "
                            "thống văn bản chính thức. Việc cần làm: không mở tệp, gọi điện cho "
                            "Ban Tổ chức theo số trong danh bạ cơ quan để xác minh, và chuyển thư "
                            "cho bộ phận công nghệ thông tin.</p>"
                        ),
                    ),
                    ("heading", "Ví dụ 2: Cảnh báo “hộp thư sắp đầy”"),
                    (
                        "rich_text",
                        (
                            "<p>Một thư khác có tiêu đề “Hộp thư của bạn đã dùng 99% dung lượng”, "
                            "nội dung: “Thư đến sẽ bị từ chối trong 24 giờ. Nhấn vào đây để nâng "
                            "cấp dung lượng miễn phí”. Đường dẫn mở ra một trang giống hệt trang "
                            "đăng nhập hộp thư công vụ, nhưng thanh địa chỉ là một tên miền lạ. Ai "
                            "nhập mật khẩu vào đó là đã trao hộp thư cho kẻ xấu. Hãy nhớ: muốn "
                            "biết hộp thư còn bao nhiêu dung lượng, tự mở hộp thư bằng địa chỉ "
                            "quen thuộc (đã lưu sẵn trong trình duyệt), không bấm vào đường dẫn "
                            "trong thư.</p>"
                        ),
                    ),
                    ("heading", "Ví dụ 3: Tin nhắn Zalo giả danh lãnh đạo"),
                    (
                        "rich_text",
                        (
                            "<p>Một tài khoản Zalo mới dùng ảnh đại diện và tên của đồng chí Chánh "
                            "Văn phòng nhắn: “Em đang họp, không nghe máy được. Em chuyển giúp anh "
                            "20 triệu vào số tài khoản này, chiều anh gửi lại.” Dấu hiệu: tài "
                            "khoản mới hoặc lạ, lý do không thể gọi điện, yêu cầu tiền gấp. Cách "
                            "xử lý: gọi điện trực tiếp cho người đó theo số điện thoại bạn đã biết "
                            "từ trước, không theo số trong tin nhắn, và báo cho đồng nghiệp vì kẻ "
                            "gian thường nhắn nhiều người cùng lúc.</p>"
                        ),
                    ),
                    ("heading", "Ví dụ 4: Cuộc gọi video “của lãnh đạo” do AI giả mạo"),
                    (
                        "rich_text",
                        (
                            "<p>Ngày nay kẻ gian có thể dùng trí tuệ nhân tạo để giả giọng nói và "
                            "khuôn mặt của một người thật trong cuộc gọi video (thường gọi là "
                            "<strong>deepfake</strong>), từ những đoạn phát biểu, video có sẵn "
                            "trên mạng. Ví dụ minh họa: một cuộc gọi video ngắn, hình hơi mờ, "
                            "“đồng chí Phó Chánh Văn phòng” nói đang họp, nhờ gửi ngay bộ tài liệu "
                            "hội nghị vào một số Zalo khác hoặc chuyển tiền gấp. Nhìn thấy mặt, "
                            "nghe đúng giọng không còn là bằng chứng. Cách xử lý vẫn như với tin "
                            "nhắn giả danh: không làm theo, gọi lại cho người đó bằng số điện "
                            "thoại đã lưu từ trước, báo đầu mối an toàn thông tin để cảnh báo đồng "
                            "nghiệp.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Nếu lỡ bấm hoặc lỡ nhập mật khẩu",
                            "text": (
                                "<p>Đừng giấu và đừng tự “khắc phục”. Ngay lập tức: đổi mật khẩu "
                                "của tài khoản đó (từ một thiết bị khác nếu máy nghi nhiễm mã "
                                "độc), ngắt mạng máy tính nếu đã mở tệp đính kèm, và báo cho bộ "
                                "phận công nghệ thông tin. Báo càng sớm, thiệt hại càng nhỏ. Chi "
                                "tiết có ở bài báo cáo sự cố.</p>"
                            ),
                        },
                    ),
                    (
                        "steps",
                        {
                            "title": "Thói quen mười giây trước khi bấm",
                            "items": [
                                (
                                    "<p>Xem địa chỉ thư thật của người gửi, không chỉ tên hiển "
                                    "thị.</p>"
                                ),
                                (
                                    "<p>Tự hỏi: mình có chờ thư này không? Nội dung có hợp với "
                                    "cách làm việc bình thường của cơ quan gửi không?</p>"
                                ),
                                (
                                    "<p>Rê chuột lên đường dẫn để xem địa chỉ thật; khi nghi ngờ, "
                                    "tự gõ địa chỉ quen thuộc thay vì bấm.</p>"
                                ),
                                (
                                    "<p>Với tệp đính kèm bất ngờ, nhất là tệp nén, tệp chạy được "
                                    "hoặc tệp đòi bật macro, xác minh với người gửi qua một kênh "
                                    "khác trước khi mở.</p>"
                                ),
                                (
                                    "<p>Khi nghi ngờ, chuyển thư cho bộ phận công nghệ thông tin "
                                    "theo cách đơn vị hướng dẫn, không chuyển cho đồng nghiệp để "
                                    "“hỏi thử”.</p>"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Bật hiển thị đuôi tệp",
                            "text": (
                                "<p>Trong File Explorer của Windows, vào thẻ <em>View</em> (Xem) "
                                "và đánh dấu <em>File name extensions</em> (Phần mở rộng tên tệp). "
                                "Khi đó bạn sẽ thấy tệp “BaoCao.pdf.exe” thực chất là một chương "
                                "trình, không phải tài liệu PDF.</p>"
                            ),
                        },
                    ),
                    (
                        "check",
                        {
                            "question": "Thư nào sau đây có nhiều dấu hiệu lừa đảo nhất?",
                            "choices": [
                                {
                                    "text": (
                                        "Văn bản có số, ký hiệu, gửi qua hệ thống quản lý văn bản "
                                        "của cơ quan như thường lệ, đề nghị báo cáo trước cuối "
                                        "tuần."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Đây là kênh chính thức quen thuộc; vẫn cần cẩn thận nhưng "
                                        "không có dấu hiệu bất thường."
                                    ),
                                },
                                {
                                    "text": (
                                        "Thư Gmail mang tên “Ban Tổ chức Tỉnh ủy”, kèm tệp nén có "
                                        "mật khẩu, hạn 17h hôm nay."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng: địa chỉ miễn phí, hạn chót gấp kèm đe dọa, tệp nén "
                                        "có mật khẩu."
                                    ),
                                },
                                {
                                    "text": (
                                        "Thư của đồng nghiệp cùng phòng gửi lại bản dự thảo mà bạn "
                                        "vừa nhờ góp ý."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Thư đúng người, đúng việc bạn đang chờ; đây là tình huống "
                                        "bình thường."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Thư báo “hộp thư đã dùng 99% dung lượng, bấm vào đây để nâng "
                                "cấp”. Cách xử lý nào đúng?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Không bấm; tự mở hộp thư bằng địa chỉ quen thuộc, báo bộ "
                                        "phận công nghệ thông tin."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Luôn kiểm tra qua kênh mình tự mở, không qua đường "
                                        "dẫn trong thư."
                                    ),
                                },
                                {
                                    "text": (
                                        "Bấm vào đường dẫn và đăng nhập để nâng cấp cho kịp, vì "
                                        "hộp thư đầy sẽ bị từ chối nhận văn bản."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Trang đăng nhập trong thư có thể là giả để lấy mật khẩu."
                                    ),
                                },
                                {
                                    "text": "Trả lời thư để hỏi người gửi có thật không.",
                                    "correct": False,
                                    "feedback": (
                                        "Trả lời thư lừa đảo chỉ xác nhận với kẻ gian rằng hộp thư "
                                        "của bạn đang hoạt động."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "xu-ly-tai-lieu-mat",
                "title": "Xử lý tài liệu mật: những nguyên tắc không được vi phạm",
                "estimated_minutes": 40,
                "body": [
                    (
                        "heading",
                        "Văn phòng cấp ủy là nơi thường xuyên tiếp xúc với bí mật nhà nước",
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Văn phòng cấp ủy tham mưu, giúp việc cho cấp ủy nên thường xuyên "
                            "tiếp nhận, soạn thảo, sao gửi và lưu giữ nhiều loại tài liệu quan "
                            "trọng: nghị quyết, kết luận chưa công bố, tài liệu phục vụ công tác "
                            "nhân sự, báo cáo có nội dung thuộc phạm vi bí mật. Chỉ một lần làm lộ "
                            "có thể gây hậu quả nghiêm trọng cho lợi ích quốc gia và cho uy tín "
                            "của cơ quan, đồng thời người vi phạm phải chịu trách nhiệm theo quy "
                            "định của Đảng và pháp luật. Bài học này không thay thế quy chế bảo vệ "
                            "bí mật nhà nước của cơ quan bạn; nó giúp bạn nắm chắc những nguyên "
                            "tắc chung và nhận ra các thói quen nguy hiểm thường gặp trong công "
                            "việc hằng ngày.</p>"
                        ),
                    ),
                    ("heading", "Cơ sở pháp lý và các độ mật"),
                    (
                        "rich_text",
                        (
                            "<p><strong>Luật Bảo vệ bí mật nhà nước số 117/2025/QH15</strong> (có "
                            "hiệu lực từ ngày 01/3/2026, thay thế Luật Bảo vệ bí mật nhà nước số "
                            "29/2018/QH14) và Nghị định 63/2026/NĐ-CP hướng dẫn thi hành là căn cứ "
                            "pháp lý chung. Theo Luật, bí mật nhà nước là thông tin có nội dung "
                            "quan trọng do người có thẩm quyền xác định, chưa được công khai, nếu "
                            "bị lộ, bị mất có thể gây nguy hại đến lợi ích quốc gia, dân tộc; bí "
                            "mật nhà nước được chứa đựng trong tài liệu (cả văn bản giấy và văn "
                            "bản điện tử), vật, địa điểm, lời nói, hoạt động hoặc các dạng khác. "
                            "Tài liệu chứa bí mật nhà nước được đóng dấu một trong ba độ mật: "
                            "<strong>Tuyệt mật</strong>, <strong>Tối mật</strong> và "
                            "<strong>Mật</strong>, căn cứ danh mục bí mật nhà nước.</p><p>Ngoài bí "
                            "mật nhà nước, văn phòng còn xử lý nhiều tài liệu tuy không mang độ "
                            "mật nhưng chưa được phép công khai, như dự thảo đang xin ý kiến, hồ "
                            "sơ cá nhân của cán bộ, đảng viên. Những tài liệu này cũng phải được "
                            "quản lý theo quy định nội bộ của cơ quan, không được tùy tiện chia "
                            "sẻ. Khóa nâng cao “Bảo vệ bí mật nhà nước và dữ liệu cá nhân” trình "
                            "bày kỹ hơn các quy định mới.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Nguyên tắc bất di bất dịch",
                            "text": (
                                "<p>Luật Bảo vệ bí mật nhà nước năm 2025 nghiêm cấm <strong>soạn "
                                "thảo, lưu giữ</strong> tài liệu bí mật nhà nước trên máy tính "
                                "hoặc thiết bị khác <strong>đang kết nối</strong> với mạng "
                                "Internet, mạng viễn thông hay mạng máy tính (trừ mạng LAN độc lập "
                                "theo quy định của Luật), trừ trường hợp lưu giữ theo quy định của "
                                "pháp luật về cơ yếu; nghiêm cấm cung cấp, chuyển giao bí mật nhà "
                                "nước trái pháp luật; và nghiêm cấm sử dụng trí tuệ nhân tạo hoặc "
                                "công nghệ mới để xâm phạm bí mật nhà nước. Vì vậy, tài liệu mật "
                                "<strong>không bao giờ</strong> được soạn, lưu hay gửi trên máy "
                                "tính có kết nối Internet, qua thư điện tử, Zalo, Facebook, "
                                "Messenger, dịch vụ lưu trữ trực tuyến hay công cụ AI.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Trong thực tế, cơ quan bố trí máy tính và thiết bị lưu trữ chuyên "
                            "dùng cho bí mật nhà nước: không kết nối Internet, mạng viễn thông; "
                            "nếu cơ quan đã thiết lập <strong>mạng LAN độc lập</strong> (mạng cục "
                            "bộ trong trụ sở, không kết nối ra ngoài, có biện pháp bảo đảm an "
                            "ninh, an toàn) thì máy chuyên dùng chỉ nối vào mạng đó. Không dùng "
                            "máy tính cá nhân hay máy làm việc thường ngày dù đã rút dây mạng: máy "
                            "có thể tự kết nối lại, tự đồng bộ dữ liệu và có thể đã nhiễm mã độc. "
                            "Cũng không tự ý mang máy, thiết bị chuyên dùng đi sửa chữa, thay thế "
                            "hay thanh lý; việc này làm theo quy chế của cơ quan để bí mật nhà "
                            "nước trên thiết bị không bị lộ.</p>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "Làm gì và không làm gì với tài liệu mật",
                            "header": ["Công việc", "Cách làm đúng", "Tuyệt đối không"],
                            "rows": [
                                [
                                    "Soạn thảo",
                                    (
                                        "Trên máy tính chuyên dùng không kết nối mạng do cơ quan "
                                        "bố trí"
                                    ),
                                    "Soạn nháp trên máy có mạng “rồi chép sang sau”",
                                ],
                                [
                                    "Lưu giữ",
                                    "Thiết bị lưu trữ chuyên dùng đã đăng ký; tủ, két có khóa",
                                    "USB cá nhân, Desktop máy có mạng, Google Drive, iCloud",
                                ],
                                [
                                    "Gửi, chuyển",
                                    (
                                        "Theo đường công văn mật, có sổ, có ký nhận; hoặc kênh cơ "
                                        "yếu theo quy định"
                                    ),
                                    (
                                        "Thư điện tử, Zalo, Facebook, Messenger, chụp ảnh gửi “cho "
                                        "nhanh”"
                                    ),
                                ],
                                [
                                    "Sao, chụp",
                                    "Chỉ khi người có thẩm quyền cho phép, ghi sổ theo quy định",
                                    "Tự photo thêm bản, chụp bằng điện thoại để đọc sau",
                                ],
                                [
                                    "Họp có nội dung mật",
                                    "Tuân theo yêu cầu của chủ trì về thiết bị điện tử",
                                    (
                                        "Dùng điện thoại, thiết bị ghi âm, ghi hình khi chưa được "
                                        "người có thẩm quyền cho phép"
                                    ),
                                ],
                                [
                                    "Dịch, chỉnh sửa văn bản",
                                    "Làm thủ công trên máy chuyên dùng",
                                    (
                                        "Dán nội dung vào công cụ dịch, soạn thảo trực tuyến hay "
                                        "công cụ AI"
                                    ),
                                ],
                            ],
                        },
                    ),
                    ("heading", "Những thói quen nguy hiểm thường gặp"),
                    (
                        "rich_text",
                        (
                            "<ul><li><strong>“Chụp ảnh gửi Zalo cho nhanh”.</strong> Ảnh chụp "
                            "trang tài liệu mật gửi qua ứng dụng nhắn tin chính là truyền đưa bí "
                            "mật nhà nước qua mạng viễn thông. Ảnh còn nằm lại trên máy chủ của "
                            "dịch vụ, trong điện thoại của người nhận và trong bản sao lưu tự "
                            "động.</li><li><strong>“Soạn nháp ở máy có mạng, xong chép sang máy "
                            "mật”.</strong> Bản nháp đã chứa nội dung mật nên ngay từ lúc gõ chữ "
                            "đầu tiên đã là vi phạm.</li><li><strong>Dán nội dung vào công cụ trực "
                            "tuyến</strong> để dịch, sửa chính tả, chuyển định dạng hay nhờ công "
                            "cụ AI tóm tắt. Mọi thứ dán vào trang web đều được gửi lên máy chủ bên "
                            "ngoài.</li><li><strong>Dùng chung USB</strong> giữa máy chuyên dùng "
                            "và máy có mạng. Mã độc có thể theo USB vào máy mật và mang dữ liệu ra "
                            "ngoài ở lần cắm sau.</li><li><strong>Để tài liệu trên bàn</strong> "
                            "khi rời phòng, bỏ bản in hỏng vào sọt rác thay vì tiêu hủy theo quy "
                            "định.</li></ul>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Khi nhận một tài liệu mật",
                            "items": [
                                (
                                    "<p>Kiểm tra dấu độ mật, số lượng trang, bản; vào sổ theo quy "
                                    "định của cơ quan.</p>"
                                ),
                                (
                                    "<p>Chuyển đến đúng người có trách nhiệm, có ký nhận; không để "
                                    "người không có nhiệm vụ xem.</p>"
                                ),
                                (
                                    "<p>Nếu cần soạn văn bản trả lời có nội dung mật, làm trên máy "
                                    "tính chuyên dùng.</p>"
                                ),
                                (
                                    "<p>Khi không sử dụng, cất vào tủ hoặc két có khóa; cuối ngày "
                                    "kiểm tra lại bàn làm việc.</p>"
                                ),
                                (
                                    "<p>Tiêu hủy, thu hồi theo đúng quy định và có sự cho phép của "
                                    "người có thẩm quyền.</p>"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "title": "Khi không chắc một tài liệu có phải là mật hay không",
                            "text": (
                                "<p>Hãy bảo vệ nó như tài liệu mật (nhưng không tự đóng dấu độ "
                                "mật) và hỏi người có thẩm quyền hoặc cán bộ phụ trách công tác "
                                "bảo vệ bí mật nhà nước của cơ quan. Thận trọng thừa một lần không "
                                "gây hại; chia sẻ nhầm một lần có thể không bao giờ thu hồi được. "
                                "Nếu phát hiện tài liệu mật có thể đã bị lộ hoặc bị mất, phải báo "
                                "cáo ngay theo quy chế của cơ quan.</p>"
                            ),
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Đồng chí Tuấn cần gửi gấp một báo cáo có đóng dấu “Mật” cho đồng "
                                "chí lãnh đạo đang đi công tác. Cách nào đúng?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Chụp ảnh từng trang và gửi qua Zalo cá nhân của lãnh đạo."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Đây là truyền đưa bí mật nhà nước qua mạng viễn thông, bị "
                                        "nghiêm cấm."
                                    ),
                                },
                                {
                                    "text": (
                                        "Báo người có thẩm quyền để chuyển theo đường công văn mật "
                                        "hoặc kênh cơ yếu được phép."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Chỉ dùng các kênh được pháp luật và quy chế của cơ "
                                        "quan cho phép."
                                    ),
                                },
                                {
                                    "text": (
                                        "Gửi qua thư điện tử công vụ, vì đó là hệ thống của cơ "
                                        "quan và có mật khẩu bảo vệ, chỉ lãnh đạo đọc được."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Thư điện tử thông thường vẫn là kênh có kết nối Internet, "
                                        "không được dùng cho tài liệu mật."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Máy tính nào được dùng để soạn thảo tài liệu có nội dung bí mật "
                                "nhà nước?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Máy tính chuyên dùng do cơ quan bố trí cho bí mật nhà "
                                        "nước, không kết nối Internet."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Đây là yêu cầu chung theo Luật Bảo vệ bí mật nhà "
                                        "nước và quy chế của cơ quan."
                                    ),
                                },
                                {
                                    "text": (
                                        "Máy tính xách tay cá nhân, đã rút dây mạng và tắt Wi-Fi "
                                        "trước khi bắt đầu soạn thảo tài liệu."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Máy cá nhân không phải thiết bị cơ quan bố trí cho bí mật "
                                        "nhà nước; nó có thể tự kết nối lại và đồng bộ dữ liệu lên "
                                        "mạng."
                                    ),
                                },
                                {
                                    "text": "Máy tính cơ quan có phần mềm diệt virus bản quyền.",
                                    "correct": False,
                                    "feedback": (
                                        "Phần mềm diệt virus không thay được yêu cầu không kết nối "
                                        "mạng."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "usb-va-may-tinh-dung-chung",
                "title": "USB, máy tính dùng chung và thói quen khóa màn hình",
                "estimated_minutes": 30,
                "body": [
                    ("heading", "Những mối nguy nhỏ bé trong túi áo"),
                    (
                        "rich_text",
                        (
                            "<p>USB là công cụ quen thuộc để chép tài liệu giữa các máy, mang bài "
                            "phát biểu đến hội trường hay nộp báo cáo cho cấp trên. Chính sự tiện "
                            "lợi đó khiến USB trở thành con đường phổ biến để mã độc lây lan giữa "
                            "các máy tính, kể cả những máy không nối mạng. Một USB bị nhiễm có thể "
                            "chứa tệp trông như thư mục hay tài liệu Word, nhưng thật ra là chương "
                            "trình độc hại chờ bạn nhấp đúp. USB cũng rất dễ thất lạc: một chiếc "
                            "USB rơi ở nhà xe có thể mang theo cả danh sách cán bộ, hồ sơ nhân sự "
                            "hay dự thảo chưa công bố.</p>"
                        ),
                    ),
                    ("heading", "Quy tắc dùng USB an toàn"),
                    (
                        "rich_text",
                        (
                            "<ul><li><strong>Không cắm USB không rõ nguồn gốc</strong>: USB nhặt "
                            "được, USB quà tặng ở hội nghị, USB người lạ nhờ “in giúp”. Kẻ xấu có "
                            "thể cố tình để rơi USB để dụ người nhặt cắm vào máy cơ quan. Hãy giao "
                            "cho bộ phận công nghệ thông tin.</li><li><strong>Quét virus trước khi "
                            "mở.</strong> Khi cắm USB, nhấp chuột phải vào ổ USB trong File "
                            "Explorer và chọn quét bằng phần mềm diệt virus của cơ quan, chờ quét "
                            "xong rồi mới mở tệp.</li><li><strong>Nhìn kỹ đuôi tệp.</strong> Bật "
                            "hiển thị đuôi tệp để phân biệt “BaoCao.docx” với “BaoCao.docx.exe” "
                            "hay một lối tắt (.lnk) đội lốt thư mục. Trên USB mà thấy tệp .exe, "
                            ".scr, .bat, .vbs, .js, .lnk lạ thì không mở.</li><li><strong>Tách "
                            "biệt USB chuyên dùng.</strong> USB dùng cho tài liệu mật là thiết bị "
                            "chuyên dùng đã đăng ký, chỉ cắm vào máy chuyên dùng, không bao giờ "
                            "cắm vào máy có kết nối mạng.</li><li><strong>Mã hóa và không mang "
                            "theo nhiều hơn cần thiết.</strong> Nếu đơn vị cho phép, mã hóa USB "
                            "(ví dụ bằng BitLocker To Go trên Windows). Chép xong thì xóa những "
                            "tệp không còn cần mang theo.</li><li><strong>Không sạc điện thoại qua "
                            "cổng USB của máy cơ quan.</strong> Khi đó điện thoại có thể được nhận "
                            "như một ổ lưu trữ, trở thành một “USB” không được kiểm soát.</li></ul>"
                        ),
                    ),
                    ("heading", "Máy tính dùng chung"),
                    (
                        "rich_text",
                        (
                            "<p>Máy tính ở phòng họp, phòng tiếp công dân, máy gắn với máy in hay "
                            "máy quét, máy tính ở nơi tập huấn… đều có nhiều người dùng. Những gì "
                            "bạn để lại trên đó, người sau đều có thể thấy. Các rủi ro thường gặp: "
                            "trình duyệt lưu sẵn mật khẩu, hộp thư hoặc Zalo bản web vẫn đăng "
                            "nhập, tệp tải về nằm trong thư mục Downloads, tài liệu để trên "
                            "Desktop, lịch sử in ấn còn lưu tên tệp.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Năm việc trước khi rời một máy tính dùng chung",
                            "items": [
                                (
                                    "<p>Đăng xuất khỏi mọi tài khoản đã đăng nhập: hộp thư, hệ "
                                    "thống nghiệp vụ, Zalo bản web. Đóng tab trình duyệt "
                                    "<em>không</em> có nghĩa là đã đăng xuất.</p>"
                                ),
                                (
                                    "<p>Nếu trình duyệt hỏi “Lưu mật khẩu?”, luôn chọn "
                                    "<strong>Không bao giờ</strong>. Khi đăng nhập, không đánh dấu "
                                    "ô “Ghi nhớ đăng nhập”.</p>"
                                ),
                                (
                                    "<p>Xóa các tệp bạn đã tải về hoặc chép vào máy, kể cả trong "
                                    "thư mục Downloads, rồi dọn Thùng rác.</p>"
                                ),
                                (
                                    "<p>Rút USB đúng cách (Eject) và kiểm tra không để quên USB "
                                    "trên máy.</p>"
                                ),
                                (
                                    "<p>Đăng xuất khỏi tài khoản Windows nếu máy dùng tài khoản "
                                    "riêng của bạn; nếu không, ít nhất khóa màn hình.</p>"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Cửa sổ ẩn danh giúp được gì?",
                            "text": (
                                "<p>Khi buộc phải đăng nhập trên máy lạ, dùng cửa sổ ẩn danh "
                                "(Ctrl+Shift+N trên Chrome và Edge) giúp trình duyệt không lưu "
                                "lịch sử và cookie sau khi đóng cửa sổ. Tuy nhiên, ẩn danh không "
                                "chống được mã độc ghi lại phím gõ trên máy đó. Với tài khoản quan "
                                "trọng, chỉ đăng nhập trên máy tin cậy.</p>"
                            ),
                        },
                    ),
                    ("heading", "Khóa màn hình: Windows + L"),
                    (
                        "rich_text",
                        (
                            "<p>Chỉ cần rời bàn làm việc hai phút để đi lấy văn bản, một người "
                            "khác có thể đọc thư điện tử, gửi thư dưới tên bạn hoặc chép tài liệu "
                            "từ máy bạn. Thói quen đơn giản nhất và hiệu quả nhất là nhấn tổ hợp "
                            "phím <strong>Windows + L</strong> mỗi khi đứng dậy khỏi ghế, dù chỉ "
                            "trong chốc lát. Màn hình khóa ngay, muốn mở phải nhập mật khẩu hoặc "
                            "mã PIN. Trên máy Mac, tổ hợp tương ứng là <strong>Control + Command + "
                            "Q</strong>.</p><p>Bên cạnh đó, hãy đặt chế độ tự khóa màn hình sau "
                            "vài phút không sử dụng, theo hướng dẫn của bộ phận công nghệ thông "
                            "tin hoặc trong phần cài đặt đăng nhập của Windows. Cuối ngày, tắt máy "
                            "hoặc đăng xuất, cất tài liệu giấy vào tủ, và nhớ lấy ngay bản in ở "
                            "máy in dùng chung thay vì để đó đến chiều.</p>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "Tình huống thường gặp và cách xử lý",
                            "header": ["Tình huống", "Cách xử lý"],
                            "rows": [
                                [
                                    "Nhặt được USB ở hành lang cơ quan",
                                    "Không cắm thử; giao bộ phận công nghệ thông tin",
                                ],
                                [
                                    "Đại biểu nhờ chép bài phát biểu từ USB của họ",
                                    "Quét virus trước khi mở; chỉ chép đúng tệp cần dùng",
                                ],
                                [
                                    "Thấy tệp “TaiLieu.docx.exe” trên USB",
                                    "Không mở; rút USB và báo bộ phận công nghệ thông tin",
                                ],
                                [
                                    "Đồng nghiệp rời chỗ mà máy chưa khóa",
                                    "Nhắc nhở thiện chí; không tự ý dùng máy của người khác",
                                ],
                                [
                                    "Đã in tài liệu ở máy in tầng dưới",
                                    (
                                        "Lấy ngay; bản in hỏng tiêu hủy theo quy định, không bỏ "
                                        "sọt rác"
                                    ),
                                ],
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Bạn cần rời bàn làm việc năm phút để sang phòng bên. Việc nào cần "
                                "làm ngay?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Tắt màn hình bằng nút nguồn của màn hình để người khác "
                                        "không nhìn thấy nội dung đang mở."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Tắt màn hình không khóa máy; ai bật lại màn hình là dùng "
                                        "được ngay."
                                    ),
                                },
                                {
                                    "text": "Thu nhỏ các cửa sổ đang mở.",
                                    "correct": False,
                                    "feedback": (
                                        "Thu nhỏ cửa sổ không ngăn được người khác mở lại chúng."
                                    ),
                                },
                                {
                                    "text": "Nhấn Windows + L để khóa màn hình.",
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Khóa màn hình chỉ mất một giây và ngăn người khác "
                                        "dùng máy dưới tên bạn."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Ở hội nghị, bạn được tặng một USB có in biểu trưng của một công "
                                "ty lạ. Nên làm gì?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Cắm vào máy cơ quan để xem bên trong có gì, rồi quét "
                                        "virus nếu thấy tệp lạ."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "USB không rõ nguồn gốc có thể chứa mã độc tự chạy hoặc "
                                        "tệp giả dạng tài liệu."
                                    ),
                                },
                                {
                                    "text": (
                                        "Không cắm vào máy cơ quan; cần dùng thì nhờ bộ phận công "
                                        "nghệ thông tin kiểm tra."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Thiết bị lạ cần được kiểm tra trước khi tiếp xúc "
                                        "với máy của cơ quan."
                                    ),
                                },
                                {
                                    "text": (
                                        "Dùng làm USB chuyên dùng để lưu tài liệu mật vì còn mới."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Thiết bị chuyên dùng cho tài liệu mật phải do cơ quan cấp "
                                        "và quản lý theo quy định."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "cap-nhat-sao-luu-wifi-dien-thoai-va-cong-cu-ai",
                "title": "Cập nhật, sao lưu, Wi-Fi công cộng, điện thoại và công cụ AI",
                "estimated_minutes": 35,
                "body": [
                    ("heading", "Những thói quen nhỏ chặn được phần lớn sự cố"),
                    (
                        "rich_text",
                        (
                            "<p>Các bài trước nói về mật khẩu, xác thực hai yếu tố, thư lừa đảo, "
                            "tài liệu mật và USB. Bài này gom năm thói quen còn lại mà mỗi cán bộ "
                            "văn phòng cần có: <strong>cập nhật phần mềm</strong> đúng lúc, "
                            "<strong>sao lưu</strong> dữ liệu công việc, cẩn thận với "
                            "<strong>Wi-Fi công cộng</strong>, bảo vệ <strong>điện thoại</strong> "
                            "như bảo vệ máy tính cơ quan, và không để thông tin nội bộ <strong>rò "
                            "rỉ qua công cụ trí tuệ nhân tạo (AI)</strong>. Không thói quen nào "
                            "đòi hỏi kiến thức kỹ thuật sâu; chúng chỉ đòi hỏi làm đều đặn.</p>"
                        ),
                    ),
                    ("heading", "Cập nhật phần mềm: vá lỗ hổng trước khi kẻ xấu dùng nó"),
                    (
                        "rich_text",
                        (
                            "<p>Phần mềm nào cũng có lỗi, trong đó có những lỗi cho phép kẻ xấu "
                            "chiếm quyền điều khiển máy chỉ bằng một tệp đính kèm hay một trang "
                            "web. Khi nhà sản xuất phát hiện, họ phát hành bản cập nhật để vá. Từ "
                            "lúc bản vá được công bố, kẻ xấu cũng biết lỗ hổng ở đâu, và những máy "
                            "chưa cập nhật trở thành mục tiêu dễ dàng nhất. Vì "
                            "vậy:</p><ul><li>Không trì hoãn mãi thông báo cập nhật của Windows, "
                            "trình duyệt, bộ phần mềm văn phòng, phần mềm diệt virus. Nếu đang "
                            "bận, chọn giờ cập nhật vào cuối ngày, nhưng đừng bấm “nhắc lại sau” "
                            "cả tháng.</li><li>Cập nhật theo hướng dẫn của bộ phận công nghệ thông "
                            "tin; với máy chuyên dùng không kết nối mạng, việc cập nhật do bộ phận "
                            "được giao thực hiện theo quy trình riêng.</li><li>Không dùng phần mềm "
                            "“bẻ khóa”, tải từ trang lạ: chúng không được cập nhật và thường cài "
                            "sẵn mã độc.</li><li>Máy tính, điện thoại đã hết được nhà sản xuất hỗ "
                            "trợ cập nhật cần được báo để thay thế, không dùng cho công việc quan "
                            "trọng.</li></ul>"
                        ),
                    ),
                    ("heading", "Sao lưu: bản sao thứ hai ở nơi khác"),
                    (
                        "rich_text",
                        (
                            "<p>Ổ cứng hỏng, máy bị mất, mã độc tống tiền mã hóa toàn bộ tệp: "
                            "trong cả ba trường hợp, chỉ có <strong>bản sao lưu</strong> cứu được "
                            "dữ liệu. Với cán bộ văn phòng, cách sao lưu tốt nhất là <strong>không "
                            "giữ dữ liệu công việc duy nhất trên máy của mình</strong>: đưa văn "
                            "bản vào hệ thống quản lý văn bản, hồ sơ điện tử, thư mục dùng chung "
                            "của cơ quan, những nơi bộ phận công nghệ thông tin sao lưu định kỳ. "
                            "Dữ liệu nào buộc phải để trên máy, hãy hỏi bộ phận công nghệ thông "
                            "tin về cách sao lưu được phép.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Bản sao lưu cũng cần được bảo vệ",
                            "text": (
                                "<p>Không sao lưu dữ liệu công việc lên tài khoản lưu trữ trực "
                                "tuyến cá nhân (Google Drive, iCloud, OneDrive cá nhân) hay USB cá "
                                "nhân. Bản sao lưu chứa đúng những dữ liệu cần bảo vệ, nên phải ở "
                                "nơi cơ quan quản lý. Tài liệu mật có quy định riêng về lưu giữ, "
                                "không sao lưu theo cách thông thường.</p>"
                            ),
                        },
                    ),
                    ("heading", "Wi-Fi công cộng: đừng làm việc quan trọng ở quán cà phê"),
                    (
                        "rich_text",
                        (
                            "<p>Mạng Wi-Fi ở quán cà phê, khách sạn, nhà ga, hội trường hội nghị "
                            "có thể do người lạ dựng lên với cái tên rất giống mạng thật, hoặc bị "
                            "theo dõi. Khi kết nối, bạn không biết ai đang đứng giữa máy mình và "
                            "Internet. Nguyên tắc: <strong>không đăng nhập hộp thư công vụ, hệ "
                            "thống quản lý văn bản hay hệ thống nghiệp vụ qua Wi-Fi công "
                            "cộng</strong>. Nếu cần làm việc khi đi công tác, dùng kết nối di động "
                            "của chính điện thoại mình, hoặc cách kết nối an toàn (mạng riêng ảo) "
                            "do cơ quan cung cấp. Tắt chế độ tự động kết nối Wi-Fi lạ trên máy "
                            "tính và điện thoại; không chia sẻ tệp, máy in khi đang ở mạng công "
                            "cộng.</p>"
                        ),
                    ),
                    ("heading", "Điện thoại: chiếc máy tính bỏ túi chứa cả hộp thư công vụ"),
                    (
                        "rich_text",
                        (
                            "<p>Điện thoại của cán bộ thường có hộp thư công vụ, ứng dụng nhắn tin "
                            "với các nhóm công việc, ứng dụng xác thực hai yếu tố, thậm chí ứng "
                            "dụng ký số từ xa. Mất một chiếc điện thoại không khóa là mất cả những "
                            "thứ đó.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Năm việc làm ngay với điện thoại dùng cho công việc",
                            "items": [
                                (
                                    "<p>Đặt khóa màn hình bằng mã PIN đủ dài hoặc vân tay, khuôn "
                                    "mặt; thời gian tự khóa ngắn.</p>"
                                ),
                                (
                                    "<p>Cập nhật hệ điều hành và ứng dụng; chỉ cài ứng dụng từ kho "
                                    "chính thức, không cài tệp cài đặt gửi qua tin nhắn.</p>"
                                ),
                                "<p>Bật chức năng tìm và xóa dữ liệu từ xa của điện thoại.</p>",
                                (
                                    "<p>Tắt chế độ tự đồng bộ ảnh, tài liệu công việc lên tài "
                                    "khoản cá nhân nếu quy chế của cơ quan không cho phép.</p>"
                                ),
                                (
                                    "<p>Không mang điện thoại vào cuộc họp có nội dung mật khi chủ "
                                    "trì yêu cầu; không ghi âm, chụp ảnh khi chưa được phép.</p>"
                                ),
                            ],
                        },
                    ),
                    ("heading", "Công cụ AI: dán vào là gửi đi"),
                    (
                        "rich_text",
                        (
                            "<p>Nhiều cán bộ đã dùng các công cụ AI trò chuyện để tóm tắt, soạn "
                            "thảo, dịch. Điều cần nhớ: mọi thứ dán vào công cụ AI trực tuyến đều "
                            "được gửi lên máy chủ của nhà cung cấp, có thể được lưu lại và dùng "
                            "cho mục đích khác. Vì vậy <strong>không đưa vào công cụ AI</strong>: "
                            "tài liệu mật (Luật Bảo vệ bí mật nhà nước năm 2025 nghiêm cấm sử dụng "
                            "trí tuệ nhân tạo hoặc công nghệ mới để xâm phạm bí mật nhà nước), "
                            "danh sách có dữ liệu cá nhân của cán bộ, đảng viên, dự thảo và tài "
                            "liệu nội bộ chưa công khai. Chỉ dùng công cụ AI mà cơ quan cho phép. "
                            "Cách dùng AI an toàn và hiệu quả được học kỹ trong khóa “Dùng trí tuệ "
                            "nhân tạo an toàn và hiệu quả”.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Cuộc gọi video giả mạo: xác minh bằng kênh khác",
                            "text": (
                                "<p>Kẻ gian có thể dùng AI để giả giọng nói, khuôn mặt của lãnh "
                                "đạo hay người thân trong cuộc gọi video (deepfake). Với mọi yêu "
                                "cầu bất thường về tiền, tài liệu, mật khẩu, hãy gọi lại người đó "
                                "bằng số điện thoại đã lưu từ trước, dù cuộc gọi trông thật đến "
                                "đâu.</p>"
                            ),
                        },
                    ),
                    (
                        "table",
                        {
                            "caption": "Tình huống và cách xử lý",
                            "header": ["Tình huống", "Cách xử lý"],
                            "rows": [
                                [
                                    "Windows báo có bản cập nhật, yêu cầu khởi động lại",
                                    (
                                        "Lưu việc đang làm, cho cập nhật ngay hoặc hẹn cuối ngày; "
                                        "không trì hoãn nhiều ngày"
                                    ),
                                ],
                                [
                                    (
                                        "Cần gửi gấp báo cáo khi đang ngồi ở quán cà phê có Wi-Fi "
                                        "miễn phí"
                                    ),
                                    (
                                        "Dùng kết nối di động của điện thoại mình hoặc kết nối an "
                                        "toàn do cơ quan cấp; không dùng Wi-Fi công cộng"
                                    ),
                                ],
                                [
                                    (
                                        "Muốn chép thư mục công việc sang Google Drive cá nhân "
                                        "“cho chắc”"
                                    ),
                                    (
                                        "Không làm; để văn bản trên hệ thống, thư mục dùng chung "
                                        "được cơ quan sao lưu"
                                    ),
                                ],
                                [
                                    "Muốn dán dự thảo báo cáo vào công cụ AI để sửa văn phong",
                                    (
                                        "Không dán tài liệu nội bộ; chỉ dùng công cụ được phép với "
                                        "nội dung đã công khai"
                                    ),
                                ],
                                [
                                    "Điện thoại có hộp thư công vụ bị mất",
                                    (
                                        "Báo bộ phận công nghệ thông tin, đổi mật khẩu, xóa dữ "
                                        "liệu từ xa, khóa SIM"
                                    ),
                                ],
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Bạn đang đi công tác, cần đăng nhập hệ thống quản lý văn bản để "
                                "xem một văn bản gấp. Khách sạn có Wi-Fi miễn phí. Cách nào an "
                                "toàn nhất?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Dùng Wi-Fi của khách sạn, vì mạng có đặt mật khẩu do lễ "
                                        "tân cung cấp cho mọi khách lưu trú."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Mật khẩu chung cho mọi khách không làm mạng an toàn; bạn "
                                        "không biết ai đang theo dõi mạng đó."
                                    ),
                                },
                                {
                                    "text": (
                                        "Dùng kết nối di động của điện thoại mình hoặc kết nối an "
                                        "toàn do cơ quan cung cấp."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Không đăng nhập hệ thống công việc qua Wi-Fi công "
                                        "cộng."
                                    ),
                                },
                                {
                                    "text": (
                                        "Dùng Wi-Fi của khách sạn nhưng mở trình duyệt ở chế độ ẩn "
                                        "danh."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Chế độ ẩn danh chỉ không lưu lịch sử trên máy; không bảo "
                                        "vệ dữ liệu đi qua mạng."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": "Cách sao lưu văn bản công việc nào đúng?",
                            "choices": [
                                {
                                    "text": (
                                        "Chép toàn bộ thư mục công việc sang tài khoản lưu trữ "
                                        "trực tuyến cá nhân mỗi tối."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Dữ liệu công việc bị đưa ra khỏi sự quản lý của cơ quan."
                                    ),
                                },
                                {
                                    "text": (
                                        "Chép sang USB cá nhân và mang về nhà để phòng khi máy "
                                        "hỏng."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "USB cá nhân dễ mất và nằm ngoài sự kiểm soát của cơ quan."
                                    ),
                                },
                                {
                                    "text": (
                                        "Đưa văn bản vào hệ thống, thư mục dùng chung mà cơ quan "
                                        "sao lưu định kỳ."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Không để dữ liệu công việc duy nhất trên máy của "
                                        "mình."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "bao-cao-su-co-an-toan-thong-tin",
                "title": "Báo cáo sự cố: nhanh, đúng người, giữ nguyên hiện trạng",
                "estimated_minutes": 30,
                "body": [
                    ("heading", "Sự cố không phải lúc nào cũng ồn ào"),
                    (
                        "rich_text",
                        (
                            "<p>Nhiều người nghĩ sự cố an toàn thông tin là khi màn hình hiện dòng "
                            "chữ đòi tiền chuộc. Thực tế, phần lớn sự cố bắt đầu rất lặng lẽ: một "
                            "cú bấm vào đường dẫn lạ, một tệp đính kèm không mở ra gì cả, một "
                            "thông báo đăng nhập từ nơi bạn chưa từng đến. Phát hiện và báo cáo "
                            "sớm ở giai đoạn này giúp bộ phận kỹ thuật ngăn chặn trước khi kẻ xấu "
                            "kịp lan sang các máy khác hay lấy đi dữ liệu. Mỗi cán bộ vì vậy là "
                            "một “cảm biến” quan trọng của cơ quan.</p>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "Những việc cần báo cáo ngay",
                            "header": ["Nhóm", "Ví dụ"],
                            "rows": [
                                [
                                    "Lừa đảo",
                                    (
                                        "Đã bấm vào đường dẫn lạ, đã nhập mật khẩu vào trang đáng "
                                        "ngờ, đã đọc mã OTP cho người khác"
                                    ),
                                ],
                                [
                                    "Mã độc",
                                    (
                                        "Đã mở tệp đính kèm lạ; tệp bị đổi tên hoặc không mở được; "
                                        "xuất hiện thông báo đòi tiền chuộc; phần mềm diệt virus "
                                        "cảnh báo"
                                    ),
                                ],
                                [
                                    "Tài khoản",
                                    (
                                        "Nhận cảnh báo đăng nhập lạ; thư đã gửi mà bạn không gửi; "
                                        "không đăng nhập được dù đúng mật khẩu"
                                    ),
                                ],
                                [
                                    "Thiết bị",
                                    (
                                        "Mất hoặc bị lấy cắp điện thoại, máy tính xách tay, USB có "
                                        "dữ liệu công việc"
                                    ),
                                ],
                                [
                                    "Lộ thông tin",
                                    (
                                        "Gửi nhầm tài liệu cho người không có trách nhiệm; nghi "
                                        "tài liệu mật bị lộ hoặc bị mất"
                                    ),
                                ],
                            ],
                        },
                    ),
                    ("heading", "Báo cho ai?"),
                    (
                        "rich_text",
                        (
                            "<p>Mỗi cơ quan cần có một <strong>đầu mối tiếp nhận sự cố</strong>: "
                            "cán bộ hoặc bộ phận công nghệ thông tin, an toàn thông tin của đơn "
                            "vị. Hãy ghi sẵn tên và số điện thoại của đầu mối này ở nơi dễ thấy, "
                            "chẳng hạn dán ở bàn làm việc hoặc lưu trong danh bạ điện thoại với "
                            "tên dễ tìm. Báo cáo đồng thời với lãnh đạo trực tiếp. Với sự cố liên "
                            "quan đến tài liệu bí mật nhà nước, báo cáo thêm cho người phụ trách "
                            "công tác bảo vệ bí mật nhà nước theo quy chế của cơ quan. Đơn vị sẽ "
                            "báo cáo tiếp lên cơ quan chuyên trách cấp trên theo quy định; bạn "
                            "không cần và không nên tự liên hệ ra bên ngoài.</p><p>Nên gọi điện "
                            "hoặc báo trực tiếp khi sự cố đang diễn ra. Nếu nghi hộp thư đã bị "
                            "chiếm, đừng báo bằng chính hộp thư đó. Không đưa chi tiết sự cố lên "
                            "nhóm Zalo chung của cơ quan, vì vừa gây hoang mang, vừa có thể làm lộ "
                            "thêm thông tin.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "title": "Khi sự cố làm lộ dữ liệu cá nhân",
                            "text": (
                                "<p>Gửi nhầm danh sách đảng viên, mất máy tính có hồ sơ cán bộ, "
                                "tài khoản bị chiếm làm lộ thư có thông tin cá nhân là những sự cố "
                                "liên quan đến dữ liệu cá nhân. Luật Bảo vệ dữ liệu cá nhân số "
                                "91/2025/QH15 (hiệu lực từ ngày 01/01/2026) và Nghị định "
                                "356/2025/NĐ-CP (thay thế Nghị định 13/2023/NĐ-CP) quy định trách "
                                "nhiệm bảo vệ dữ liệu cá nhân và xử lý khi dữ liệu bị xâm phạm. "
                                "Việc đánh giá, thông báo theo quy định do cơ quan thực hiện; việc "
                                "của bạn là báo ngay, đúng người, nêu rõ dữ liệu gì, của bao nhiêu "
                                "người, lộ cho ai.</p>"
                            ),
                        },
                    ),
                    ("heading", "Báo những gì?"),
                    (
                        "rich_text",
                        (
                            "<p>Không cần viết văn bản dài. Điều quan trọng là nhanh và đủ các ý "
                            "chính: bạn là ai, chuyện gì đã xảy ra, lúc nào, trên máy hay tài "
                            "khoản nào, và bạn đã làm gì sau đó. Có thể dùng mẫu tin nhắn dưới đây "
                            "khi gọi điện không được.</p>"
                        ),
                    ),
                    (
                        "code",
                        {
                            "language": "text",
                            "code": (
                                "Báo cáo sự cố an toàn thông tin\n"
                                "Người báo: Nguyễn Thị Lan – Phòng Tổng hợp – ĐT 09xx xxx xxx\n"
                                "Thời điểm: 09h40 ngày 12/5\n"
                                "Việc xảy ra: Mở tệp đính kèm BieuMau_RaSoat.zip trong thư tự xưng "
                                "Ban Tổ chức;\n"
                                "  tệp không mở ra nội dung gì.\n"
                                "Thiết bị/tài khoản: Máy tính bàn số 3 phòng Tổng hợp; hộp thư "
                                "công vụ của tôi.\n"
                                "Đã làm: Rút dây mạng lúc 09h45, chưa tắt máy, chưa xóa thư.\n"
                                "Cần hỗ trợ: Kiểm tra máy và hướng dẫn đổi mật khẩu."
                            ),
                        },
                    ),
                    ("heading", "Trong lúc chờ: giữ nguyên hiện trạng"),
                    (
                        "steps",
                        {
                            "title": "Những việc nên làm ngay",
                            "items": [
                                (
                                    "<p>Nếu nghi máy bị nhiễm mã độc, <strong>ngắt kết nối "
                                    "mạng</strong>: rút dây mạng hoặc tắt Wi-Fi, để mã độc không "
                                    "lan sang máy khác.</p>"
                                ),
                                (
                                    "<p>Để nguyên máy, <strong>không tắt nguồn</strong> trừ khi bộ "
                                    "phận kỹ thuật yêu cầu; một số dấu vết chỉ còn khi máy đang "
                                    "chạy.</p>"
                                ),
                                (
                                    "<p>Nếu đã lộ mật khẩu, đổi mật khẩu tài khoản đó từ một thiết "
                                    "bị khác an toàn, và đổi ở mọi nơi từng dùng mật khẩu tương "
                                    "tự.</p>"
                                ),
                                (
                                    "<p>Ghi lại những gì bạn thấy: thời gian, thông báo trên màn "
                                    "hình (có thể chụp bằng điện thoại nếu màn hình không hiển thị "
                                    "nội dung mật), thao tác bạn đã làm.</p>"
                                ),
                                "<p>Làm theo hướng dẫn của đầu mối an toàn thông tin.</p>",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Đừng cố tự “sửa” hay xóa dấu vết",
                            "text": (
                                "<p>Xóa thư lừa đảo, xóa tệp lạ, chạy phần mềm “dọn dẹp” tải trên "
                                "mạng, cài lại Windows hay trả tiền chuộc đều có thể làm mất chứng "
                                "cứ cần thiết để biết kẻ xấu đã vào bằng đường nào, đã lấy đi "
                                "những gì, và các máy khác có bị ảnh hưởng không. Cũng đừng chuyển "
                                "tiếp thư lừa đảo cho đồng nghiệp để hỏi ý kiến; hãy để bộ phận kỹ "
                                "thuật hướng dẫn cách chuyển mẫu thư cho họ.</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "title": "Báo sớm là hành động có trách nhiệm",
                            "text": (
                                "<p>Ai cũng có thể bị lừa, kể cả người có kinh nghiệm. Điều gây "
                                "hại lớn nhất không phải là cú bấm nhầm mà là sự im lặng vì ngại. "
                                "Người báo cáo sớm giúp cả cơ quan tránh được thiệt hại lớn hơn, "
                                "và nên được ghi nhận. Lãnh đạo đơn vị có vai trò quan trọng trong "
                                "việc tạo ra bầu không khí đó.</p>"
                            ),
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Anh Minh vừa mở một tệp đính kèm lạ, sau đó các tệp trên máy bắt "
                                "đầu bị đổi tên hàng loạt. Việc đầu tiên anh nên làm là gì?"
                            ),
                            "choices": [
                                {
                                    "text": "Tải phần mềm diệt virus miễn phí trên mạng về quét.",
                                    "correct": False,
                                    "feedback": (
                                        "Làm vậy có thể xóa dấu vết và không ngăn được mã độc đang "
                                        "lây lan qua mạng."
                                    ),
                                },
                                {
                                    "text": "Tắt máy, về nhà và sáng mai báo cáo.",
                                    "correct": False,
                                    "feedback": (
                                        "Chờ đến hôm sau khiến sự cố có thêm thời gian lan rộng; "
                                        "tắt máy cũng làm mất dấu vết."
                                    ),
                                },
                                {
                                    "text": (
                                        "Rút dây mạng, để nguyên máy, gọi ngay đầu mối an toàn "
                                        "thông tin."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Ngắt mạng để ngăn lây lan, giữ nguyên hiện trạng và "
                                        "báo ngay."
                                    ),
                                },
                                {
                                    "text": (
                                        "Xóa thư và tệp đính kèm để không ai trong phòng mở nhầm "
                                        "nữa, rồi tiếp tục làm việc."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Xóa thư làm mất chứng cứ bộ phận kỹ thuật cần để điều tra."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Chị Mai gửi nhầm một tệp danh sách có thông tin cá nhân của đảng "
                                "viên cho một địa chỉ thư bên ngoài. Chị nên làm gì?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Báo ngay lãnh đạo trực tiếp và đầu mối an toàn thông tin: "
                                        "tệp gì, gửi ai, lúc nào."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Báo sớm giúp đơn vị có phương án xử lý, như đề nghị "
                                        "người nhận xóa và đánh giá ảnh hưởng."
                                    ),
                                },
                                {
                                    "text": (
                                        "Im lặng vì người nhận có thể không mở thư, và có mở thì "
                                        "cũng không biết dùng vào việc gì."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Sự việc vẫn là lộ thông tin và cần được xử lý kịp thời."
                                    ),
                                },
                                {
                                    "text": (
                                        "Đăng lên nhóm Zalo cơ quan để mọi người cùng rút kinh "
                                        "nghiệm ngay."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Chia sẻ rộng trên nhóm chung có thể làm lộ thêm thông "
                                        "tin; hãy báo đúng người."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "phan-tich-va-tong-hop",
        "title": "Phân tích, tổng hợp và viết tờ trình một trang",
        "topic": "Phân tích và tổng hợp",
        "level": "intermediate",
        "summary": (
            "Khóa học rèn kỹ năng đọc báo cáo và số liệu có phản biện, tổng hợp thông tin theo "
            "nguyên lý “thông điệp chính lên trước” và viết tờ trình một trang nêu rõ vấn đề, "
            "phương án, nguồn lực, lộ trình và trách nhiệm. Người học cũng biết cách trình bày số "
            "liệu trung thực, tránh những biểu đồ và cách diễn đạt gây hiểu lầm."
        ),
        "objectives": [
            (
                "Kiểm tra nguồn, thời điểm, định nghĩa, mẫu số và mốc so sánh trước khi dùng một "
                "con số."
            ),
            "Viết bản tóm tắt theo nguyên lý kim tự tháp: thông điệp chính, luận điểm, dữ liệu.",
            (
                "Soạn tờ trình một trang gồm đề xuất, vấn đề, phương án, nguồn lực, lộ trình và "
                "trách nhiệm."
            ),
            "Phân biệt phần trăm với điểm phần trăm và tính đúng mức thay đổi tương đối.",
            (
                "Trình bày biểu đồ, bảng số trung thực: trục từ 0 với biểu đồ cột, làm tròn nhất "
                "quán, cẩn trọng với mẫu số nhỏ."
            ),
        ],
        "estimated_minutes": 185,
        "issues_certificate": True,
        "lessons": [
            {
                "slug": "doc-bao-cao-co-phan-bien",
                "title": "Đọc báo cáo và số liệu một cách có phản biện",
                "estimated_minutes": 35,
                "body": [
                    ("heading", "Mỗi con số đều có một câu chuyện phía sau"),
                    (
                        "rich_text",
                        (
                            "<p>Văn phòng cấp ủy nhận báo cáo từ nhiều nơi: các tổ chức cơ sở "
                            "đảng, các ban, cơ quan chính quyền, đoàn thể. Từ những báo cáo đó, "
                            "chuyên viên tổng hợp thành văn bản trình cấp ủy, và có khi con số "
                            "trong văn bản ấy đi thẳng vào nghị quyết. Một con số bị hiểu sai ở "
                            "khâu đầu sẽ được nhân lên ở mọi khâu sau. Đọc có phản biện không có "
                            "nghĩa là nghi ngờ người viết báo cáo, mà là tự trả lời được câu hỏi: "
                            "<em>con số này thực sự nói gì, và không nói gì?</em></p>"
                        ),
                    ),
                    ("heading", "Năm câu hỏi trước khi dùng một con số"),
                    (
                        "table",
                        {
                            "caption": "Năm câu hỏi kiểm tra nhanh",
                            "header": ["Câu hỏi", "Cần tìm", "Ví dụ minh họa"],
                            "rows": [
                                [
                                    "1. Nguồn ở đâu?",
                                    (
                                        "Ai thu thập, bằng cách nào: tự báo cáo, kiểm tra thực tế "
                                        "hay thống kê chính thức"
                                    ),
                                    (
                                        "Số liệu tự đánh giá của đơn vị khác với số liệu qua kiểm "
                                        "tra, giám sát"
                                    ),
                                ],
                                [
                                    "2. Tính đến thời điểm nào?",
                                    "Ngày chốt số liệu; số trong kỳ hay số lũy kế",
                                    "“Kết nạp 25 đảng viên” là trong quý hay từ đầu năm đến nay?",
                                ],
                                [
                                    "3. Định nghĩa là gì?",
                                    "Cách hiểu của từng thuật ngữ, tiêu chí tính",
                                    (
                                        "Đảng viên mới được tính theo ngày ký quyết định kết nạp "
                                        "hay ngày tổ chức lễ kết nạp?"
                                    ),
                                ],
                                [
                                    "4. Mẫu số là gì?",
                                    (
                                        "Tỷ lệ này là bao nhiêu trên bao nhiêu; mẫu số có thay đổi "
                                        "không"
                                    ),
                                    (
                                        "“90% chi bộ sinh hoạt đúng định kỳ” là 90% của bao nhiêu "
                                        "chi bộ?"
                                    ),
                                ],
                                [
                                    "5. So sánh với gì?",
                                    "Cùng kỳ năm trước, kỳ trước, kế hoạch hay đơn vị khác",
                                    (
                                        "“Tăng 20%” so với quý trước khác hẳn “tăng 20%” so với "
                                        "cùng kỳ"
                                    ),
                                ],
                            ],
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Năm câu hỏi này không cần công cụ gì đặc biệt. Phần lớn câu trả "
                            "lời nằm ngay trong báo cáo, ở phần chú thích, phụ lục hoặc ở biểu mẫu "
                            "kèm theo. Nếu không tìm được câu trả lời, đó chính là điều cần hỏi "
                            "lại đơn vị báo cáo trước khi đưa con số vào văn bản của mình.</p>"
                        ),
                    ),
                    ("heading", "Ví dụ: hai đảng bộ, hai mức tăng"),
                    (
                        "rich_text",
                        (
                            "<p>Giả sử (số liệu minh họa) Đảng bộ A báo cáo “kết nạp 12 đảng viên, "
                            "tăng 50% so với cùng kỳ”, còn Đảng bộ B báo cáo “kết nạp 40 đảng "
                            "viên, tăng 5%”. Đọc lướt, A có vẻ làm tốt hơn hẳn. Nhưng khi hỏi mẫu "
                            "số: A tăng từ 8 lên 12, tức thêm 4 người; B tăng từ 38 lên 40, tức "
                            "thêm 2 người. Nếu A có 300 đảng viên còn B có 2.000 đảng viên, thì so "
                            "với quy mô, A kết nạp 4 người trên 100 đảng viên, B kết nạp 2 người "
                            "trên 100 đảng viên. Kết luận hợp lý vì vậy không phải “A tăng gấp "
                            "mười lần B” mà là “cả hai cùng tăng; tính trên quy mô đảng bộ, A kết "
                            "nạp nhiều hơn”. Với những con số nhỏ như 8 và 12, chỉ cần chênh lệch "
                            "vài người là tỷ lệ tăng giảm đã dao động rất mạnh.</p>"
                        ),
                    ),
                    ("heading", "Ví dụ: khi mẫu số thay đổi"),
                    (
                        "rich_text",
                        (
                            "<p>Một báo cáo nêu: “Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ "
                            "tăng từ 80% lên 90%”. Câu hỏi về mẫu số cho thấy trong năm có sắp "
                            "xếp, hợp nhất một số tổ chức cơ sở đảng, nên tổng số giảm từ 50 xuống "
                            "40 (số liệu minh họa). Như vậy số tổ chức hoàn thành tốt nhiệm vụ là "
                            "40 năm trước và 36 năm nay. Tỷ lệ tăng, nhưng một phần là do mẫu số "
                            "thay đổi. Báo cáo trung thực nên nêu cả hai: tỷ lệ và số tuyệt đối, "
                            "kèm ghi chú về việc sắp xếp tổ chức. Người đọc có phản biện sẽ không "
                            "kết luận rằng chất lượng đã tăng mười điểm phần trăm chỉ nhờ một dòng "
                            "số liệu.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Những dấu hiệu cần hỏi lại ngay",
                            "text": (
                                "<ul><li>Tổng của các phần không bằng con số tổng "
                                "chung.</li><li>Tỷ lệ vượt quá 100% ở nơi không thể vượt, ví dụ tỷ "
                                "lệ đảng viên dự sinh hoạt.</li><li>Số liệu giống hệt kỳ trước ở "
                                "nhiều dòng, có thể do chép lại báo cáo cũ.</li><li>Số tròn một "
                                "cách bất thường, ví dụ mọi đơn vị đều đạt đúng 100%.</li><li>Trộn "
                                "lẫn số trong kỳ và số lũy kế trong cùng một bảng.</li></ul>"
                            ),
                        },
                    ),
                    (
                        "steps",
                        {
                            "title": "Quy trình năm phút trước khi đưa một con số vào văn bản",
                            "items": [
                                (
                                    "<p>Đánh dấu con số và ghi ngay bên cạnh: nguồn, số hiệu văn "
                                    "bản, ngày chốt số liệu.</p>"
                                ),
                                (
                                    "<p>Viết ra định nghĩa của chỉ tiêu bằng một câu; nếu không "
                                    "viết được, hãy hỏi lại.</p>"
                                ),
                                "<p>Với mỗi tỷ lệ, tìm tử số và mẫu số; ghi cả hai.</p>",
                                (
                                    "<p>Xác định mốc so sánh và kiểm tra mốc đó có cùng định "
                                    "nghĩa, cùng phạm vi không.</p>"
                                ),
                                (
                                    "<p>Cộng thử các phần để đối chiếu với tổng; ghi lại mọi chỗ "
                                    "chưa khớp để hỏi đơn vị báo cáo.</p>"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Ghi nguồn ngay từ lúc tổng hợp",
                            "text": (
                                "<p>Khi tổng hợp, hãy ghi nguồn ngay cạnh mỗi số liệu, ví dụ "
                                "“(Nguồn: Báo cáo số 15-BC/ĐU của Đảng ủy xã A, số liệu đến "
                                "30/6)”. Đến lúc lãnh đạo hỏi “số này lấy ở đâu?”, bạn trả lời "
                                "được trong vài giây thay vì lục lại cả chồng hồ sơ. Số hiệu trong "
                                "ví dụ này là giả định.</p>"
                            ),
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Báo cáo viết: “Tỷ lệ chi bộ sinh hoạt đúng định kỳ đạt 95%”. Câu "
                                "hỏi nào giúp hiểu đúng con số này nhất?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Báo cáo này có được trình bày đẹp, đúng thể thức và đủ "
                                        "chữ ký của người có thẩm quyền không?"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Hình thức trình bày không cho biết con số có đáng tin hay "
                                        "không."
                                    ),
                                },
                                {
                                    "text": "Người ký báo cáo giữ chức vụ gì?",
                                    "correct": False,
                                    "feedback": (
                                        "Chức vụ người ký không thay thế được việc kiểm tra nguồn, "
                                        "định nghĩa và mẫu số."
                                    ),
                                },
                                {
                                    "text": (
                                        "95% của bao nhiêu chi bộ, “đúng định kỳ” tính theo tiêu "
                                        "chí nào?"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Cần biết mẫu số và định nghĩa trước khi dùng con số."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Đảng bộ A tăng số kết nạp từ 8 lên 12 người, Đảng bộ B từ 38 lên "
                                "40 người. Nhận xét nào chính xác?"
                            ),
                            "choices": [
                                {
                                    "text": "A làm tốt hơn B gấp mười lần.",
                                    "correct": False,
                                    "feedback": (
                                        "So sánh hai tỷ lệ tăng trên những nền rất khác nhau dễ "
                                        "gây hiểu lầm."
                                    ),
                                },
                                {
                                    "text": (
                                        "A tăng 50%, B tăng khoảng 5%; về số tuyệt đối A thêm 4 "
                                        "người, B thêm 2 người."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Nêu cả tỷ lệ và số tuyệt đối giúp người đọc không "
                                        "bị tỷ lệ lớn đánh lừa."
                                    ),
                                },
                                {
                                    "text": "B kết nạp nhiều hơn A nên B chắc chắn làm tốt hơn.",
                                    "correct": False,
                                    "feedback": (
                                        "Cần so với quy mô đảng bộ và mục tiêu đề ra trước khi kết "
                                        "luận."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "tong-hop-va-dat-thong-diep-len-truoc",
                "title": "Tổng hợp và tóm tắt: đặt thông điệp chính lên trước",
                "estimated_minutes": 35,
                "body": [
                    ("heading", "Người đọc bận rộn chỉ đọc vài dòng đầu"),
                    (
                        "rich_text",
                        (
                            "<p>Lãnh đạo cấp ủy mỗi ngày nhận rất nhiều văn bản. Nhiều khi họ chỉ "
                            "kịp đọc đoạn mở đầu rồi quyết định có đọc tiếp hay không. Thế nhưng "
                            "báo cáo thường được viết theo trình tự thời gian: “Thực hiện Kế hoạch "
                            "số…, ngày…, Văn phòng đã tổ chức…, tiếp đó…”, và điều quan trọng "
                            "nhất, điều cần lãnh đạo biết hoặc quyết định, lại nằm ở đoạn cuối. Kỹ "
                            "năng tổng hợp là đảo ngược trình tự đó: <strong>nói điều quan trọng "
                            "nhất trước, sau đó mới đến lý lẽ và chi tiết</strong>.</p>"
                        ),
                    ),
                    ("heading", "Nguyên lý kim tự tháp"),
                    (
                        "rich_text",
                        (
                            "<p>Nguyên lý kim tự tháp (do Barbara Minto trình bày) sắp xếp ý theo "
                            "ba tầng:</p><ol><li><strong>Đỉnh: thông điệp chính.</strong> Một đến "
                            "hai câu trả lời thẳng câu hỏi của người đọc: kết luận là gì, đề nghị "
                            "gì.</li><li><strong>Giữa: các luận điểm hỗ trợ.</strong> Thường là ba "
                            "đến bốn ý, mỗi ý là một lý do hoặc một nhóm bằng chứng cho thông điệp "
                            "chính.</li><li><strong>Đáy: dữ liệu và chi tiết.</strong> Số liệu, ví "
                            "dụ, phụ lục; người đọc cần thì tra cứu, không cần thì bỏ qua mà vẫn "
                            "nắm được nội dung chính.</li></ol><p>Các luận điểm ở tầng giữa nên "
                            "được nhóm sao cho <strong>không trùng lặp và không bỏ sót</strong>. "
                            "Ví dụ, khi phân tích nguyên nhân báo cáo chậm, có thể chia thành ba "
                            "nhóm rõ ràng: nguyên nhân từ biểu mẫu, từ con người, từ quy trình. "
                            "Tránh kiểu liệt kê “nguyên nhân 1, 2, 3… 9” trong đó vài ý thực chất "
                            "là một.</p>"
                        ),
                    ),
                    ("heading", "Trước và sau khi sắp xếp lại"),
                    (
                        "table",
                        {
                            "caption": "Ví dụ minh họa: cùng một nội dung, hai cách viết",
                            "header": ["Viết theo trình tự thời gian", "Viết theo kim tự tháp"],
                            "rows": [
                                [
                                    (
                                        "Thực hiện Kế hoạch số …, ngày 05/7 Văn phòng đã gửi công "
                                        "văn đôn đốc các tổ chức cơ sở đảng nộp báo cáo quý II. "
                                        "Đến ngày 15/7 có 30/42 đơn vị nộp. Văn phòng đã gọi điện "
                                        "nhắc các đơn vị còn lại. Đến ngày 20/7 có thêm 8 đơn vị "
                                        "nộp. Một số đơn vị cho biết biểu mẫu khó điền…"
                                    ),
                                    (
                                        "Báo cáo quý II của 4/42 tổ chức cơ sở đảng vẫn chưa nộp "
                                        "sau 5 ngày quá hạn; đề nghị Thường trực chỉ đạo các đơn "
                                        "vị này nộp trước ngày 25/7. Nguyên nhân chính là biểu mẫu "
                                        "khó điền (…), cán bộ văn phòng cơ sở mới thay đổi (…), và "
                                        "chưa có lịch nhắc hạn thống nhất (…)."
                                    ),
                                ],
                            ],
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Ở cách viết thứ hai, người đọc biết ngay vấn đề (4 đơn vị chưa "
                            "nộp), mức độ (quá hạn 5 ngày), việc cần làm (chỉ đạo nộp trước 25/7) "
                            "và ba nhóm nguyên nhân. Diễn biến theo thời gian vẫn có thể giữ lại, "
                            "nhưng chuyển xuống phần chi tiết hoặc phụ lục.</p>"
                        ),
                    ),
                    ("heading", "Mở đầu bằng Tình hình – Vấn đề – Câu hỏi"),
                    (
                        "rich_text",
                        (
                            "<p>Để dẫn vào thông điệp chính một cách tự nhiên, có thể dùng khung "
                            "ba bước: <strong>Tình hình</strong> (điều người đọc đã biết và đồng "
                            "ý), <strong>Vấn đề</strong> (điều gì đã thay đổi hoặc đang trục "
                            "trặc), <strong>Câu hỏi</strong> (vì thế cần quyết định điều gì), rồi "
                            "trả lời ngay bằng thông điệp chính. Ví dụ: “Từ năm nay, số liệu báo "
                            "cáo quý được tổng hợp từ 42 tổ chức cơ sở đảng (tình hình). Hai quý "
                            "gần đây, báo cáo tổng hợp đều gửi chậm vì nhiều đơn vị nộp muộn và "
                            "sai biểu mẫu (vấn đề). Làm thế nào để báo cáo quý III đúng hạn (câu "
                            "hỏi)? Văn phòng đề xuất ba biện pháp sau… (trả lời)”.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Năm bước viết một bản tóm tắt",
                            "items": [
                                (
                                    "<p>Xác định người đọc và câu hỏi họ cần được trả lời. Viết "
                                    "câu hỏi đó ra giấy.</p>"
                                ),
                                (
                                    "<p>Viết thông điệp chính trong một câu, không quá 30 từ. Nếu "
                                    "chưa viết được, nghĩa là bạn chưa rõ mình muốn nói gì; hãy "
                                    "quay lại phân tích.</p>"
                                ),
                                (
                                    "<p>Liệt kê mọi ý, rồi gom thành ba đến bốn nhóm không trùng "
                                    "lặp; đặt cho mỗi nhóm một câu luận điểm.</p>"
                                ),
                                (
                                    "<p>Dưới mỗi luận điểm, chọn hai đến ba bằng chứng mạnh nhất; "
                                    "phần còn lại đưa vào phụ lục.</p>"
                                ),
                                (
                                    "<p>Đọc lại chỉ phần đầu và các câu luận điểm: nếu người đọc "
                                    "chỉ đọc chừng đó, họ có hiểu và quyết định được không?</p>"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Tiêu đề phải nói lên kết luận",
                            "text": (
                                "<p>So sánh hai tiêu đề mục: “Tình hình nộp báo cáo” và “Báo cáo "
                                "đúng hạn giảm ở các xã vùng cao”. Tiêu đề thứ hai cho người đọc "
                                "biết kết luận ngay cả khi họ chỉ lướt qua. Khi rà soát văn bản, "
                                "hãy đọc riêng các tiêu đề mục xem chúng có kể được câu chuyện "
                                "chính hay không.</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "title": "Đặt kết luận lên trước không có nghĩa là áp đặt",
                            "text": (
                                "<p>Thông điệp chính phải được rút ra từ bằng chứng, và những điểm "
                                "còn chưa chắc chắn cần được nói rõ, ví dụ “số liệu của 3 đơn vị "
                                "chưa được kiểm tra lại”. Viết ngắn gọn không được đánh đổi bằng "
                                "việc bỏ qua thông tin bất lợi mà người quyết định cần biết.</p>"
                            ),
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Theo nguyên lý kim tự tháp, đoạn mở đầu của một báo cáo gửi lãnh "
                                "đạo nên chứa gì?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Căn cứ pháp lý và toàn bộ diễn biến theo thời gian, để "
                                        "lãnh đạo nắm được quá trình trước khi đọc kết luận."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Căn cứ và diễn biến có thể cần, nhưng không phải là điều "
                                        "người đọc cần biết đầu tiên."
                                    ),
                                },
                                {
                                    "text": "Bảng số liệu đầy đủ của tất cả các đơn vị.",
                                    "correct": False,
                                    "feedback": (
                                        "Bảng số liệu đầy đủ nên đặt ở phần chi tiết hoặc phụ lục."
                                    ),
                                },
                                {
                                    "text": (
                                        "Thông điệp chính: kết luận và đề nghị cần lãnh đạo cho ý "
                                        "kiến."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Người đọc nắm điều quan trọng nhất ngay từ đầu, chi "
                                        "tiết đi sau."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Cách nhóm nguyên nhân nào tuân thủ tốt nhất yêu cầu “không trùng "
                                "lặp, không bỏ sót”?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Biểu mẫu khó; cán bộ chưa quen biểu mẫu; biểu mẫu có "
                                        "nhiều cột."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Cả ba ý đều xoay quanh biểu mẫu, trùng lặp nhau và bỏ sót "
                                        "các nhóm nguyên nhân khác."
                                    ),
                                },
                                {
                                    "text": "Biểu mẫu; con người; quy trình.",
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Ba nhóm tách biệt và bao quát được phần lớn nguyên "
                                        "nhân."
                                    ),
                                },
                                {
                                    "text": "Nguyên nhân khách quan; nguyên nhân khác.",
                                    "correct": False,
                                    "feedback": (
                                        "Nhóm “nguyên nhân khác” quá chung chung, không giúp người "
                                        "đọc hiểu vấn đề."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "cau-truc-to-trinh-mot-trang",
                "title": "Cấu trúc tờ trình một trang: năm phần không thể thiếu",
                "estimated_minutes": 35,
                "body": [
                    ("heading", "Vì sao chỉ một trang?"),
                    (
                        "rich_text",
                        (
                            "<p>Tờ trình là văn bản đề nghị cấp trên xem xét, quyết định một việc. "
                            "Một tờ trình dài mười trang buộc người quyết định tự đi tìm điều cần "
                            "quyết định. Giới hạn một trang buộc người viết phải chọn lọc: vấn đề "
                            "là gì, có những lựa chọn nào, cần bao nhiêu nguồn lực, làm theo lộ "
                            "trình nào, ai chịu trách nhiệm. Mọi chi tiết khác, như số liệu đầy "
                            "đủ, dự toán chi tiết, dự thảo văn bản kèm theo, được đưa vào phụ "
                            "lục.</p><p>Bài học này nói về <em>nội dung</em> của tờ trình. Về "
                            "<em>thể thức</em> (tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”, tên cơ quan, số "
                            "và ký hiệu, nơi nhận, chữ ký…), văn bản vẫn phải trình bày theo quy "
                            "định hiện hành về thể thức văn bản của Đảng: Quy định 399-QĐ/TW ngày "
                            "09/01/2026 của Ban Bí thư (trước đó là Quy định 66-QĐ/TW năm 2017) và "
                            "hướng dẫn của Văn phòng Trung ương Đảng (Hướng dẫn 36-HD/VPTW năm "
                            "2018). Văn bản của Đảng không có Quốc hiệu. Bản một trang có thể là "
                            "chính tờ trình, hoặc là phần tóm tắt đặt ở đầu một hồ sơ trình dài "
                            "hơn.</p>"
                        ),
                    ),
                    ("heading", "Năm phần và một đề xuất"),
                    (
                        "table",
                        {
                            "caption": "Cấu trúc tờ trình một trang",
                            "header": ["Phần", "Trả lời câu hỏi", "Độ dài gợi ý", "Lỗi thường gặp"],
                            "rows": [
                                [
                                    "Đề xuất (đặt ngay đầu)",
                                    "Xin lãnh đạo quyết định điều gì?",
                                    "1–2 câu",
                                    (
                                        "Để đề xuất ở cuối, hoặc viết chung chung “kính đề nghị "
                                        "xem xét”"
                                    ),
                                ],
                                [
                                    "1. Vấn đề",
                                    (
                                        "Chuyện gì đang xảy ra, bằng chứng nào, vì sao phải quyết "
                                        "định bây giờ?"
                                    ),
                                    "3–5 câu",
                                    "Kể lể căn cứ, thiếu số liệu cho thấy mức độ",
                                ],
                                [
                                    "2. Phương án",
                                    "Có những lựa chọn nào, mỗi lựa chọn được và mất gì?",
                                    "2–3 phương án, mỗi phương án 1–2 dòng",
                                    "Chỉ đưa một phương án; bỏ qua phương án giữ nguyên",
                                ],
                                [
                                    "3. Nguồn lực",
                                    (
                                        "Cần bao nhiêu người, bao nhiêu tiền, bao nhiêu thời gian, "
                                        "lấy từ đâu?"
                                    ),
                                    "3–4 dòng",
                                    "Ghi “kinh phí theo quy định” mà không có con số",
                                ],
                                [
                                    "4. Lộ trình",
                                    "Làm gì trước, làm gì sau, mốc nào có sản phẩm gì?",
                                    "3–5 mốc",
                                    "Chỉ có mốc bắt đầu, không có mốc đánh giá",
                                ],
                                [
                                    "5. Trách nhiệm",
                                    "Ai chủ trì, ai phối hợp, ai báo cáo kết quả và khi nào?",
                                    "2–4 dòng",
                                    "Ghi “các cơ quan liên quan” mà không nêu tên cụ thể",
                                ],
                            ],
                        },
                    ),
                    ("heading", "Viết từng phần cho tốt"),
                    (
                        "rich_text",
                        (
                            "<p><strong>Vấn đề.</strong> Nêu vấn đề bằng hiện tượng và số liệu, "
                            "không bằng tính từ. “Báo cáo tổng hợp quý chậm trung bình 3 ngày "
                            "trong hai quý gần đây” rõ hơn nhiều so với “công tác báo cáo còn "
                            "nhiều hạn chế”. Nêu thêm vì sao cần quyết định bây giờ: hạn chót sắp "
                            "đến, chi phí của việc chờ đợi.</p><p><strong>Phương án.</strong> Đưa "
                            "ra hai đến ba phương án thật sự khả thi, trong đó nên có phương án "
                            "“giữ nguyên hiện trạng” để người quyết định thấy cái giá của việc "
                            "không làm gì. Với mỗi phương án, nêu ưu điểm, hạn chế và chi phí theo "
                            "cùng một cách, để có thể so sánh công bằng. Đừng dựng lên một phương "
                            "án yếu chỉ để làm nền cho phương án mình thích.</p><p><strong>Nguồn "
                            "lực.</strong> Nêu cụ thể nhân lực (bao nhiêu người, bao nhiêu ngày "
                            "công), kinh phí (bao nhiêu, từ nguồn nào) và những gì cần có sẵn như "
                            "phần mềm, phòng họp. Nếu chi phí mới là ước tính, hãy ghi rõ “ước "
                            "tính”.</p><p><strong>Lộ trình.</strong> Chia thành các mốc có thời "
                            "hạn và sản phẩm kiểm tra được: “tháng 1: hoàn thành biểu mẫu và hướng "
                            "dẫn”, không phải “tháng 1: triển khai”. Nên có một mốc đánh giá để "
                            "cấp trên biết khi nào sẽ nhận được báo cáo kết "
                            "quả.</p><p><strong>Trách nhiệm.</strong> Mỗi việc có một đơn vị chủ "
                            "trì duy nhất. Nêu tên đơn vị phối hợp và người chịu trách nhiệm báo "
                            "cáo. Khi có hai đơn vị cùng “chủ trì” một việc, thực tế thường là "
                            "không ai chủ trì cả.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Những câu nên tránh trong tờ trình",
                            "text": (
                                "<ul><li>“Trong thời gian qua, được sự quan tâm lãnh đạo, chỉ "
                                "đạo…” chiếm cả đoạn đầu mà không nói vấn đề.</li><li>“Kinh phí: "
                                "theo quy định hiện hành” khi người quyết định cần biết cụ thể bao "
                                "nhiêu.</li><li>“Các cơ quan, đơn vị liên quan phối hợp thực hiện” "
                                "mà không nêu tên.</li><li>Tính từ không có số liệu đi kèm: “rất "
                                "lớn”, “nhiều bất cập”, “hết sức cấp thiết”.</li></ul>"
                            ),
                        },
                    ),
                    (
                        "steps",
                        {
                            "title": "Tự kiểm tra trước khi trình",
                            "items": [
                                (
                                    "<p>Đọc riêng câu đề xuất: người đọc có biết mình được đề nghị "
                                    "quyết định điều gì không?</p>"
                                ),
                                (
                                    "<p>Đếm phương án: có ít nhất hai, trong đó có phương án giữ "
                                    "nguyên hoặc phương án tối thiểu không?</p>"
                                ),
                                (
                                    "<p>Rà mọi con số: có nguồn, có đơn vị tính, số ước tính được "
                                    "ghi là ước tính.</p>"
                                ),
                                (
                                    "<p>Rà lộ trình: mỗi mốc có thời hạn và sản phẩm; có mốc đánh "
                                    "giá.</p>"
                                ),
                                "<p>Rà trách nhiệm: mỗi việc có đúng một đơn vị chủ trì.</p>",
                                (
                                    "<p>Nhờ một đồng nghiệp không tham gia soạn thảo đọc trong hai "
                                    "phút rồi tóm tắt lại; nếu họ tóm tắt sai, hãy sửa văn bản chứ "
                                    "đừng sửa người đọc.</p>"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Dùng bảng để so sánh phương án",
                            "text": (
                                "<p>Khi có ba phương án, một bảng nhỏ với các cột “Ưu điểm”, “Hạn "
                                "chế”, “Chi phí”, “Thời gian” thường tiết kiệm chỗ hơn và dễ so "
                                "sánh hơn ba đoạn văn. Giữ bảng gọn trong năm, sáu dòng.</p>"
                            ),
                        },
                    ),
                    (
                        "check",
                        {
                            "question": "Phần “Trách nhiệm” nào được viết tốt nhất?",
                            "choices": [
                                {
                                    "text": "Các cơ quan, đơn vị liên quan phối hợp thực hiện.",
                                    "correct": False,
                                    "feedback": (
                                        "Không nêu ai chủ trì, ai phối hợp, nên không ai thực sự "
                                        "chịu trách nhiệm."
                                    ),
                                },
                                {
                                    "text": (
                                        "Văn phòng và Ban Tổ chức cùng chủ trì; các cơ quan liên "
                                        "quan phối hợp; định kỳ báo cáo Thường trực."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Hai đơn vị cùng chủ trì dễ dẫn đến đùn đẩy; nên có một "
                                        "đơn vị chủ trì duy nhất."
                                    ),
                                },
                                {
                                    "text": (
                                        "Văn phòng chủ trì; bộ phận công nghệ thông tin phối hợp; "
                                        "Chánh Văn phòng báo cáo trước 15/4."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Có một đơn vị chủ trì, đơn vị phối hợp cụ thể, "
                                        "người báo cáo và thời hạn."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Vì sao nên đưa phương án “giữ nguyên hiện trạng” vào tờ trình?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Vì quy định bắt buộc mọi tờ trình phải có đúng ba phương "
                                        "án, trong đó một phương án giữ nguyên."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Không có yêu cầu cứng như vậy; số phương án tùy vấn đề, "
                                        "thường là hai đến ba."
                                    ),
                                },
                                {
                                    "text": (
                                        "Để thấy cái giá của việc không làm gì và so sánh công "
                                        "bằng."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Phương án giữ nguyên là mốc để đánh giá lợi ích của "
                                        "các phương án khác."
                                    ),
                                },
                                {
                                    "text": "Để tờ trình dài hơn, trông đầy đủ hơn.",
                                    "correct": False,
                                    "feedback": (
                                        "Mục tiêu là giúp quyết định, không phải làm văn bản dài "
                                        "thêm."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "vi-du-to-trinh-hoan-chinh",
                "title": "Ví dụ hoàn chỉnh: tờ trình chuẩn hóa biểu mẫu báo cáo định kỳ",
                "estimated_minutes": 40,
                "body": [
                    ("heading", "Bối cảnh của ví dụ"),
                    (
                        "rich_text",
                        (
                            "<p>Bài này trình bày trọn vẹn một tờ trình một trang, từ số liệu ban "
                            "đầu đến văn bản hoàn chỉnh, để bạn thấy năm phần đã học ghép với nhau "
                            "như thế nào. Tình huống, tên đơn vị và mọi con số dưới đây đều là "
                            "<strong>giả định để minh họa</strong>, không phải số liệu thực tế của "
                            "bất kỳ địa phương nào.</p><p>Tình huống: Văn phòng cấp ủy tổng hợp "
                            "báo cáo số liệu quý từ 42 tổ chức cơ sở đảng. Các đơn vị gửi báo cáo "
                            "theo ba cách: bản giấy, tệp Word và tệp Excel tự thiết kế. Chuyên "
                            "viên phải nhập lại toàn bộ số liệu, đối chiếu và gọi điện hỏi lại "
                            "nhiều lần. Chánh Văn phòng giao chuyên viên chuẩn bị tờ trình đề xuất "
                            "Thường trực cấp ủy cho phép chuẩn hóa biểu mẫu. Tờ trình được soạn "
                            "vào tháng 11 năm N (N là năm hiện tại).</p>"
                        ),
                    ),
                    ("heading", "Bước chuẩn bị: gom bằng chứng"),
                    (
                        "rich_text",
                        (
                            "<p>Trước khi viết, chuyên viên gom bằng chứng từ quý gần nhất: số "
                            "ngày công dùng để nhập lại số liệu (khoảng 6 ngày công, theo sổ theo "
                            "dõi công việc của phòng), số báo cáo phải trả lại để sửa (9 trên 42), "
                            "số ngày báo cáo tổng hợp gửi chậm so với yêu cầu (3 ngày). Chuyên "
                            "viên cũng hỏi bộ phận công nghệ thông tin về khả năng làm biểu mẫu "
                            "Excel có danh sách chọn và trang tổng hợp tự động, và tìm hiểu sơ bộ "
                            "chi phí nếu xây dựng một phần mềm nhập liệu riêng. Mỗi con số đều "
                            "được ghi nguồn để đưa vào phụ lục.</p>"
                        ),
                    ),
                    ("heading", "Tờ trình hoàn chỉnh"),
                    (
                        "rich_text",
                        (
                            "<p><strong>TỜ TRÌNH (tóm tắt)</strong></p><p><strong>Về việc chuẩn "
                            "hóa biểu mẫu báo cáo số liệu định kỳ của các tổ chức cơ sở "
                            "đảng</strong></p><p><strong>Đề xuất:</strong> Văn phòng kính đề nghị "
                            "Thường trực đồng ý cho ban hành bộ biểu mẫu Excel thống nhất có kiểm "
                            "tra dữ liệu tự động (Phương án B), thí điểm tại 5 đảng bộ trong quý I "
                            "năm N+1 và áp dụng cho cả 42 tổ chức cơ sở đảng từ quý II năm "
                            "N+1.</p><p><strong>1. Vấn đề.</strong> 42 tổ chức cơ sở đảng đang gửi "
                            "báo cáo quý theo ba hình thức khác nhau (giấy, Word, Excel tự thiết "
                            "kế). Quý III năm N, Văn phòng mất khoảng 6 ngày công để nhập lại và "
                            "đối chiếu số liệu; 9/42 báo cáo phải trả lại để sửa; báo cáo tổng hợp "
                            "gửi chậm 3 ngày so với yêu cầu. Nếu không thay đổi, tình trạng này sẽ "
                            "lặp lại mỗi quý và nặng hơn khi số chỉ tiêu cần theo dõi tăng "
                            "lên.</p><p><strong>2. Phương án.</strong></p><ul><li><strong>A. Giữ "
                            "nguyên cách làm hiện nay:</strong> không phát sinh chi phí; tiếp tục "
                            "mất khoảng 6 ngày công mỗi quý, sai sót và chậm trễ như "
                            "trên.</li><li><strong>B. Ban hành biểu mẫu Excel thống nhất</strong> "
                            "có danh sách chọn, kiểm tra dữ liệu và trang tổng hợp tự động: làm "
                            "được ngay bằng phần mềm sẵn có, chi phí thấp; vẫn gửi nhận qua đường "
                            "văn bản như hiện nay; cần tập huấn cho cán bộ văn phòng cơ "
                            "sở.</li><li><strong>C. Xây dựng phần mềm nhập liệu trực "
                            "tuyến:</strong> tự động hóa cao nhất; cần lập dự án, dự toán, bảo đảm "
                            "an toàn thông tin, thời gian chuẩn bị ước tính từ 9 đến 12 tháng; phù "
                            "hợp để xem xét sau khi phương án B đã ổn định.</li></ul><p><strong>3. "
                            "Nguồn lực (Phương án B).</strong> 2 chuyên viên Văn phòng, khoảng 10 "
                            "ngày công để thiết kế và thử nghiệm biểu mẫu; 1 buổi tập huấn cho 42 "
                            "cán bộ văn phòng cơ sở; kinh phí tập huấn ước tính 15 triệu đồng từ "
                            "nguồn kinh phí chi thường xuyên năm N+1; không mua sắm thêm phần "
                            "mềm.</p><p><strong>4. Lộ trình.</strong> Tháng 12 năm N: hoàn thành "
                            "biểu mẫu và hướng dẫn. Tháng 01–02 năm N+1: thí điểm tại 5 đảng bộ, "
                            "ghi nhận góp ý. Tháng 3 năm N+1: hoàn thiện biểu mẫu, tập huấn. Từ "
                            "quý II năm N+1: áp dụng cho cả 42 tổ chức cơ sở đảng. Tháng 9 năm "
                            "N+1: đánh giá sau hai quý áp dụng, báo cáo Thường trực và đề xuất có "
                            "hay không triển khai Phương án C.</p><p><strong>5. Trách "
                            "nhiệm.</strong> Văn phòng chủ trì thiết kế, thí điểm, tập huấn và "
                            "tổng hợp. Bộ phận công nghệ thông tin phối hợp về kỹ thuật. Ban Tổ "
                            "chức phối hợp thống nhất danh mục chỉ tiêu. Các tổ chức cơ sở đảng "
                            "thực hiện báo cáo theo biểu mẫu mới. Chánh Văn phòng chịu trách nhiệm "
                            "chung và báo cáo kết quả thí điểm với Thường trực trước ngày 15/4 năm "
                            "N+1.</p><p><em>Phụ lục kèm theo: (1) Số liệu quý III năm N và nguồn; "
                            "(2) Mẫu biểu dự kiến; (3) Dự toán kinh phí tập huấn.</em></p>"
                        ),
                    ),
                    ("heading", "Vì sao tờ trình được viết như vậy?"),
                    (
                        "table",
                        {
                            "caption": "Phân tích ví dụ",
                            "header": ["Chỗ trong tờ trình", "Kỹ thuật đã dùng"],
                            "rows": [
                                [
                                    "Câu đề xuất đặt ngay đầu",
                                    (
                                        "Thông điệp chính lên trước: lãnh đạo biết ngay cần quyết "
                                        "định điều gì, phạm vi và thời gian"
                                    ),
                                ],
                                [
                                    "Vấn đề nêu bằng ba con số",
                                    (
                                        "Số liệu thay cho tính từ; có mốc thời gian (quý III năm "
                                        "N) và mẫu số (9/42)"
                                    ),
                                ],
                                [
                                    "Có Phương án A “giữ nguyên”",
                                    "Cho thấy cái giá của việc không làm gì; so sánh công bằng",
                                ],
                                [
                                    "Phương án C không bị gạt bỏ",
                                    (
                                        "Trung thực về ưu điểm của phương án không được chọn; mở "
                                        "đường cho bước sau"
                                    ),
                                ],
                                [
                                    "Nguồn lực ghi “ước tính”",
                                    "Phân biệt rõ số đã biết và số dự kiến",
                                ],
                                [
                                    "Lộ trình có thí điểm và mốc đánh giá",
                                    "Giảm rủi ro; cấp trên biết khi nào nhận được kết quả",
                                ],
                                [
                                    "Trách nhiệm có một đơn vị chủ trì",
                                    "Tránh đùn đẩy; có người báo cáo và thời hạn cụ thể",
                                ],
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "title": "Độ dài của ví dụ",
                            "text": (
                                "<p>Phần thân tờ trình trên vào khoảng 500 chữ, vừa khoảng một "
                                "trang A4 với cỡ chữ thông thường của văn bản hành chính. Những gì "
                                "không vừa, như bảng số liệu chi tiết của 42 đơn vị hay dự toán, "
                                "đã được đưa vào phụ lục. Khi viết tờ trình thật, hãy giữ kỷ luật "
                                "này: thêm một ý vào thân bài thì cân nhắc bỏ bớt một ý ít quan "
                                "trọng hơn.</p>"
                            ),
                        },
                    ),
                    (
                        "steps",
                        {
                            "title": "Tự thực hành với một việc của đơn vị bạn",
                            "items": [
                                (
                                    "<p>Chọn một việc đang cần lãnh đạo quyết định, ví dụ mua máy "
                                    "quét, tổ chức lớp bồi dưỡng, thay đổi lịch giao ban.</p>"
                                ),
                                "<p>Viết câu đề xuất trước tiên, không quá hai câu.</p>",
                                "<p>Gom ba con số chứng minh vấn đề, ghi nguồn cho từng số.</p>",
                                (
                                    "<p>Viết hai đến ba phương án, trong đó có phương án giữ "
                                    "nguyên; viết ưu, nhược theo cùng một khuôn.</p>"
                                ),
                                (
                                    "<p>Điền nguồn lực, lộ trình, trách nhiệm cho phương án đề "
                                    "xuất; đưa mọi chi tiết còn lại vào phụ lục.</p>"
                                ),
                                "<p>Dùng bảng tự kiểm tra ở bài trước để rà soát lần cuối.</p>",
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Trong ví dụ, vì sao phương án C (phần mềm trực tuyến) không được "
                                "đề xuất ngay?"
                            ),
                            "choices": [
                                {
                                    "text": "Vì phần mềm trực tuyến luôn kém hơn Excel.",
                                    "correct": False,
                                    "feedback": (
                                        "Tờ trình không nói vậy; C có ưu điểm tự động hóa cao nhất."
                                    ),
                                },
                                {
                                    "text": (
                                        "Vì cần lập dự án, dự toán, bảo đảm an toàn thông tin; nên "
                                        "xem xét sau khi B ổn định."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Đúng. Tờ trình nêu rõ lý do và giữ C cho bước sau, có mốc "
                                        "đánh giá tháng 9 năm N+1."
                                    ),
                                },
                                {
                                    "text": (
                                        "Vì tờ trình chỉ được phép có hai phương án, nên phương án "
                                        "thứ ba phải chuyển sang phụ lục kèm theo."
                                    ),
                                    "correct": False,
                                    "feedback": "Không có quy định như vậy; ví dụ có ba phương án.",
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": "Câu nào thể hiện phần “Vấn đề” tốt nhất?",
                            "choices": [
                                {
                                    "text": (
                                        "Quý III năm N, 9/42 báo cáo phải trả lại để sửa; báo cáo "
                                        "tổng hợp gửi chậm 3 ngày."
                                    ),
                                    "correct": True,
                                    "feedback": "Đúng. Có thời gian, có mẫu số, có hậu quả cụ thể.",
                                },
                                {
                                    "text": (
                                        "Công tác báo cáo thời gian qua còn nhiều hạn chế, bất cập."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Chỉ có tính từ, không cho biết mức độ hay bằng chứng."
                                    ),
                                },
                                {
                                    "text": (
                                        "Thực hiện Kế hoạch số …, Văn phòng đã triển khai nhiều "
                                        "biện pháp đôn đốc, hướng dẫn các tổ chức cơ sở đảng."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Câu này nói về việc đã làm, không nêu vấn đề cần quyết "
                                        "định."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "trinh-bay-so-lieu-trung-thuc",
                "title": "Trình bày số liệu trung thực: phần trăm, biểu đồ và làm tròn",
                "estimated_minutes": 40,
                "body": [
                    ("heading", "Số liệu đúng vẫn có thể gây hiểu sai"),
                    (
                        "rich_text",
                        (
                            "<p>Một con số hoàn toàn chính xác vẫn có thể khiến người đọc hiểu sai "
                            "nếu được trình bày không cẩn thận: nhầm phần trăm với điểm phần trăm, "
                            "biểu đồ cột cắt trục, tỷ lệ tính trên vài người, làm tròn thiếu nhất "
                            "quán. Trong văn bản trình cấp ủy, hiểu sai có thể dẫn đến đánh giá "
                            "sai và quyết định sai. Bài học này giới thiệu những cái bẫy thường "
                            "gặp nhất và cách tránh chúng.</p>"
                        ),
                    ),
                    ("heading", "Phần trăm và điểm phần trăm"),
                    (
                        "rich_text",
                        (
                            "<p>Khi một tỷ lệ thay đổi, có hai cách nói về mức thay đổi, và chúng "
                            "rất khác nhau. Ví dụ minh họa: tỷ lệ đảng viên tham gia lớp bồi dưỡng "
                            "trực tuyến tăng từ 40% lên 50%.</p><ul><li>Tính theo <strong>điểm "
                            "phần trăm</strong>: 50 − 40 = <strong>10 điểm phần trăm</strong> (có "
                            "thể viết tắt là “10 điểm %”). Đây là hiệu số của hai tỷ "
                            "lệ.</li><li>Tính theo <strong>phần trăm</strong> (mức tăng tương "
                            "đối): (50 − 40) / 40 × 100 = <strong>25%</strong>. Đây là mức tăng so "
                            "với giá trị ban đầu.</li></ul><p>Viết “tỷ lệ tham gia tăng 10%” là "
                            "sai trong cả hai cách hiểu. Cách viết đúng là “tăng 10 điểm phần trăm "
                            "(từ 40% lên 50%)”. Luôn kèm theo giá trị trước và sau để người đọc tự "
                            "kiểm tra được.</p>"
                        ),
                    ),
                    (
                        "code",
                        {
                            "language": "text",
                            "code": (
                                "Mức tăng tương đối (%) = (giá trị mới − giá trị cũ) / giá trị cũ "
                                "× 100\n"
                                "Ví dụ: (50 − 40) / 40 × 100 = 25%\n"
                                "Mức thay đổi tính bằng điểm phần trăm = tỷ lệ mới − tỷ lệ cũ\n"
                                "Ví dụ: 50% − 40% = 10 điểm phần trăm\n"
                                "Trong Excel: =(C2-B2)/B2 rồi định dạng ô kiểu phần trăm"
                            ),
                        },
                    ),
                    ("heading", "Biểu đồ cột phải bắt đầu từ 0"),
                    (
                        "rich_text",
                        (
                            "<p>Trong biểu đồ cột, người xem so sánh <em>chiều dài</em> của cột. "
                            "Nếu trục tung bắt đầu từ 80 thay vì 0, một đơn vị đạt 85% và một đơn "
                            "vị đạt 88% sẽ trông như chênh nhau gấp đôi, trong khi thực tế chỉ "
                            "chênh 3 điểm phần trăm. Excel đôi khi tự chọn giá trị nhỏ nhất của "
                            "trục khác 0; hãy kiểm tra ở <em>Format Axis &gt; Bounds &gt; "
                            "Minimum</em> (Định dạng trục &gt; Giới hạn &gt; Tối thiểu) và đặt về "
                            "0.</p><p>Biểu đồ đường thì khác: người xem đọc <em>xu hướng</em> qua "
                            "độ dốc, nên trục không nhất thiết bắt đầu từ 0, nhưng phải ghi rõ giá "
                            "trị trên trục và không kéo giãn để biến một dao động nhỏ thành “bước "
                            "nhảy vọt”.</p>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "Những kiểu biểu đồ dễ gây hiểu lầm",
                            "header": ["Kiểu biểu đồ", "Vì sao gây hiểu lầm", "Nên làm"],
                            "rows": [
                                [
                                    "Cột có trục tung không bắt đầu từ 0",
                                    "Phóng đại chênh lệch nhỏ",
                                    "Đặt trục từ 0; nếu chênh lệch nhỏ, nói rõ bằng lời",
                                ],
                                [
                                    "Biểu đồ tròn 3D",
                                    "Phần ở phía trước trông to hơn thực tế",
                                    "Dùng biểu đồ tròn phẳng hoặc biểu đồ cột",
                                ],
                                [
                                    "Biểu đồ tròn có quá nhiều phần",
                                    "Khó so sánh các lát nhỏ",
                                    "Tối đa năm, sáu phần; gộp phần nhỏ vào “khác”",
                                ],
                                [
                                    "Trục thời gian không đều",
                                    "Khoảng cách giữa các năm bị bóp méo",
                                    "Giữ khoảng cách đều; ghi chú năm thiếu số liệu",
                                ],
                                [
                                    "Chọn khoảng thời gian có lợi",
                                    "Che giấu xu hướng chung",
                                    "Trình bày đủ giai đoạn liên quan",
                                ],
                                [
                                    "Hai trục tung trên một biểu đồ",
                                    "Người xem dễ so sánh sai hai đại lượng",
                                    "Tách thành hai biểu đồ",
                                ],
                            ],
                        },
                    ),
                    ("heading", "Làm tròn nhất quán"),
                    (
                        "rich_text",
                        (
                            "<p>Chọn một mức làm tròn và dùng thống nhất trong cả văn bản, thường "
                            "là một chữ số thập phân cho tỷ lệ phần trăm (viết theo kiểu Việt Nam: "
                            "33,3%). Tránh độ chính xác giả tạo như 33,3333% khi số liệu gốc chỉ "
                            "là vài chục đơn vị. Khi các tỷ lệ thành phần được làm tròn, tổng của "
                            "chúng có thể là 99,9% hoặc 100,1%; đừng “chỉnh” một số cho tổng tròn "
                            "100%, hãy thêm ghi chú “do làm tròn, tổng có thể không bằng 100%”. Và "
                            "hãy làm tròn ở bước cuối cùng: nếu làm tròn các số trung gian rồi mới "
                            "tính tiếp, sai số sẽ cộng dồn.</p>"
                        ),
                    ),
                    ("heading", "Cẩn thận với mẫu số nhỏ"),
                    (
                        "rich_text",
                        (
                            "<p>Một chi bộ có 4 đảng viên, 3 người dự sinh hoạt: tỷ lệ 75%. Tháng "
                            "sau 4 người dự: 100%. Tỷ lệ “tăng 25 điểm phần trăm” nghe rất ấn "
                            "tượng nhưng thực chất chỉ là thêm một người. Khi mẫu số nhỏ, hãy ghi "
                            "số tuyệt đối thay cho, hoặc bên cạnh, tỷ lệ: “3/4 đảng viên”. Một quy "
                            "ước thực hành nhiều đơn vị dùng là khi mẫu số dưới khoảng 20, ưu tiên "
                            "trình bày số người cụ thể; đây là kinh nghiệm thực hành, không phải "
                            "quy định bắt buộc. Khi so sánh các đơn vị có quy mô rất khác nhau, "
                            "hãy nêu quy mô của từng đơn vị để người đọc tự cân nhắc.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Rà soát trước khi đưa biểu đồ, bảng số vào văn bản",
                            "items": [
                                (
                                    "<p>Mỗi biểu đồ có tiêu đề nói lên nội dung, có ghi đơn vị "
                                    "tính, nguồn số liệu và thời điểm.</p>"
                                ),
                                (
                                    "<p>Biểu đồ cột có trục bắt đầu từ 0; biểu đồ đường có giá trị "
                                    "ghi rõ trên trục.</p>"
                                ),
                                (
                                    "<p>Mọi thay đổi của tỷ lệ được viết bằng “điểm phần trăm”, "
                                    "kèm giá trị trước và sau.</p>"
                                ),
                                "<p>Mọi tỷ lệ có mẫu số nhỏ được kèm số tuyệt đối.</p>",
                                (
                                    "<p>Làm tròn thống nhất; có ghi chú nếu tổng không bằng 100% "
                                    "do làm tròn.</p>"
                                ),
                                (
                                    "<p>Tự hỏi: nếu người đọc chỉ nhìn biểu đồ trong năm giây, họ "
                                    "có rút ra đúng kết luận không?</p>"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Trình bày trung thực là trách nhiệm",
                            "text": (
                                "<p>Chọn cách trình bày để con số “đẹp hơn” cũng là một cách làm "
                                "sai lệch thông tin. Khi kết quả chưa tốt, hãy trình bày thẳng "
                                "thắn kèm nguyên nhân và giải pháp; đó mới là tham mưu có giá trị "
                                "cho cấp ủy.</p>"
                            ),
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Tỷ lệ chi bộ nộp báo cáo đúng hạn tăng từ 60% lên 75%. Cách viết "
                                "nào đúng?"
                            ),
                            "choices": [
                                {
                                    "text": "Tăng 15%.",
                                    "correct": False,
                                    "feedback": (
                                        "Chưa chính xác: 15 là hiệu số của hai tỷ lệ, tức là điểm "
                                        "phần trăm, không phải phần trăm."
                                    ),
                                },
                                {
                                    "text": (
                                        "Tăng 25 điểm phần trăm, vì mức tăng được tính so với tỷ "
                                        "lệ ban đầu là 60%."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "25% là mức tăng tương đối; hiệu số của hai tỷ lệ là 15 "
                                        "điểm phần trăm."
                                    ),
                                },
                                {
                                    "text": (
                                        "Tăng 15 điểm phần trăm (từ 60% lên 75%), tức tăng 25% so "
                                        "với trước."
                                    ),
                                    "correct": True,
                                    "feedback": "Đúng: 75 − 60 = 15 điểm phần trăm; 15 / 60 = 25%.",
                                },
                            ],
                        },
                    ),
                    (
                        "check",
                        {
                            "question": (
                                "Biểu đồ cột so sánh tỷ lệ hoàn thành của ba đơn vị (85%, 87%, "
                                "88%) có trục tung bắt đầu từ 84%. Vấn đề là gì?"
                            ),
                            "choices": [
                                {
                                    "text": "Không có vấn đề gì, vì các con số vẫn đúng.",
                                    "correct": False,
                                    "feedback": (
                                        "Con số đúng nhưng hình ảnh gây hiểu sai về mức chênh lệch."
                                    ),
                                },
                                {
                                    "text": (
                                        "Chênh lệch nhỏ trông như rất lớn vì cột không còn tỷ lệ "
                                        "với giá trị."
                                    ),
                                    "correct": True,
                                    "feedback": "Đúng. Với biểu đồ cột, hãy đặt trục bắt đầu từ 0.",
                                },
                                {
                                    "text": (
                                        "Nên đổi sang biểu đồ tròn 3D để ba tỷ lệ hiện rõ hơn và "
                                        "dễ so sánh hơn trên cùng một hình."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Biểu đồ tròn 3D còn gây méo hơn và không hợp để so sánh "
                                        "ba tỷ lệ độc lập."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    CHU_KY_SO,
    VONG_DOI_VAN_BAN,
    LICH_GIAO_VIEC_BAO_CAO,
    TRI_TUE_NHAN_TAO,
    BI_MAT_VA_DU_LIEU,
]
